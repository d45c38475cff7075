import Foundation
import Testing

/// The study reports on the congress releases, checked against the quotes export and the
/// folder's index.jsonl read here independently: quotes over time by party, speaker roles,
/// share of voice.
@Suite struct StudyReportsTests {
    func csv(_ args: [String]) throws -> [[String: String]] {
        let r = try CLI.run(args + ["-q", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = QuotesExportTests.csv(r.stdout)
        guard let header = rows.first else { return [] }
        return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    /// Quotes per file of the congress folder, from the quotes export.
    func quotesPerFile() throws -> [String: Int] {
        try csv(["quotes", Workflow.congress.path]).reduce(into: [:]) { $0[($1["file"]! as NSString).lastPathComponent, default: 0] += 1 }
    }

    @Test func quotesByPartyPerMonthMatchTheIndex() throws {
        let index = try Workflow.index(Workflow.congress)
        let perFile = try quotesPerFile()
        var expected: [String: (quotes: Int, releases: Int)] = [:]
        for (file, record) in index {
            guard let date = record["date"] as? String else { continue }
            let party = (record["party"] as? String).flatMap { $0.isEmpty ? nil : $0 } ?? "(none)"
            let key = "\(date.prefix(7))|\(party)"
            expected[key, default: (0, 0)].quotes += perFile[file] ?? 0
            expected[key, default: (0, 0)].releases += 1
        }
        let rows = try csv(["quotes-over-time", Workflow.congress.path, "--arg", "by=party", "--arg", "period=month"])
        #expect(rows.count == expected.count)
        for row in rows {
            let e = expected["\(row["month"]!)|\(row["party"]!)"]
            #expect(e != nil && Int(row["quotes"]!) == e!.quotes && Int(row["releases"]!) == e!.releases, "\(row)")
        }
        let bad = try CLI.run(["quotes-over-time", Workflow.congress.path, "--arg", "period=fortnight"])
        #expect(bad.status != 0 && bad.stderr.contains("period must be day, month, quarter or year"))
    }

    @Test func speakerRolesAndShareOfVoiceAccountForEveryAttributedQuote() throws {
        let export = try csv(["quotes", Workflow.congress.path])
        let attributed = export.filter { !$0["speaker"]!.isEmpty }.count
        let roles = try csv(["speaker-roles", Workflow.congress.path])
        #expect(roles.reduce(0) { $0 + Int($1["quotes"]!)! } == attributed)
        #expect(roles.contains { $0["role"] == "legislator" && $0["gender"] == "female" }, "Congresswoman titles tell it")
        let voice = try csv(["share-of-voice", Workflow.congress.path, "--arg", "org=party", "--arg", "limit=0"])
        #expect(voice.reduce(0) { $0 + Int($1["quotes"]!)! } == export.count)
        let index = try Workflow.index(Workflow.congress)
        let perFile = try quotesPerFile()
        var byParty: [String: Int] = [:]
        for (file, n) in perFile { byParty[(index[file]?["party"] as? String).flatMap { $0.isEmpty ? nil : $0 } ?? "(none)", default: 0] += n }
        for row in voice { #expect(byParty[row["organisation"]!] == Int(row["quotes"]!), "\(row)") }
    }
}
