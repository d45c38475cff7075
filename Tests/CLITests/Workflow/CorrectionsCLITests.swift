import Foundation
import Testing

/// Audit and corrections on real congress releases: `audit` lists what to check, and
/// `--corrections FILE` re-attributes or strikes quotes in every report; stale ones are reported.
@Suite struct CorrectionsCLITests {
    static let files = (try? Workflow.files(Workflow.congress, 6).map(\.path)) ?? []

    /// The quotes export as rows keyed by column name.
    func export(_ extra: [String] = [], command: [String] = ["quotes"]) throws -> [[String: String]] {
        let r = try CLI.run(command + Self.files + extra + ["-q", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = QuotesExportTests.csv(r.stdout)
        guard let header = rows.first else { return [] }
        return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    func write(_ text: String) throws -> String {
        let url = try Workflow.scratch().appendingPathComponent("corrections.csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func auditListsLowConfidenceAndChosenRulesWithContext() throws {
        let all = try export()
        let r = try CLI.run(["audit"] + Self.files + ["-q", "--format", "csv", "--arg", "below=0.95"])
        #expect(r.status == 0, "\(r.stderr)")
        // A multi-section CSV: each section's title line, then its header and rows.
        let lines = QuotesExportTests.csv(r.stdout)
        let expected = all.filter { (Double($0["confidence"]!) ?? 1) < 0.95 || $0["speaker"]!.isEmpty }
        guard let start = lines.firstIndex(where: { $0.first == "file" }) else { Issue.record("no header:\n\(r.stdout)"); return }
        let header = lines[start]
        #expect(header.prefix(3) == ["file", "line", "column"] && header.contains("context"))
        let section = lines[(start + 1)...].prefix { $0.count == header.count }
        #expect(section.count == expected.count, "one row per quote below the threshold")
        #expect(r.stdout.contains("By rule"))
        for row in section { #expect(!row[header.firstIndex(of: "context")!].isEmpty) }
    }

    @Test func correctionsReattributeAndStrikeInEveryReport() throws {
        let plain = try export()
        // Re-attribute the first quote of one speaker to another speaker of the same file, strike a second quote.
        let direct = plain.filter { $0["kind"] == "direct" && !$0["speaker"]!.isEmpty }
        guard let target = direct.first(where: { row in
                direct.contains { $0["file"] == row["file"] && $0["speaker"] != row["speaker"] } }),
              let other = direct.first(where: { $0["file"] == target["file"] && $0["speaker"] != target["speaker"] }),
              let struck = direct.first(where: { $0["file"] != target["file"] && $0["speaker"] != other["speaker"] }) else {
            Issue.record("the congress files need a release quoting two people"); return
        }
        let name = (target["file"]! as NSString).lastPathComponent
        let opening = String(target["text"]!.prefix(12))
        let path = try write("""
            file,line,column,speaker,text
            \(name),\(target["line"]!),\(target["column"]!),\(other["speaker"]!),"\(opening)"
            \(struck["file"]!),\(struck["line"]!),\(struck["column"]!),not a quote,
            """)
        let corrected = try export(["--corrections", path])
        #expect(corrected.count == plain.count - 1)
        let moved = corrected.first { $0["file"] == target["file"] && $0["line"] == target["line"] && $0["column"] == target["column"] }
        #expect(moved?["speaker"] == other["speaker"] && moved?["confidence"] == "1" && moved?["rule"] == "")
        #expect(!corrected.contains { $0["file"] == struck["file"] && $0["line"] == struck["line"] && $0["column"] == struck["column"] })
        // The same in another report and in parse's rows.
        let quotesOf = { (rows: [[String: String]]) in
            Dictionary(rows.map { ($0["speaker"]!, Int($0["quotes"]!) ?? -1) }) { a, _ in a }
        }
        let perSpeaker = quotesOf(try export(["--corrections", path], command: ["quotes-per-speaker", "--arg", "limit=0"]))
        let perSpeakerBefore = quotesOf(try export(command: ["quotes-per-speaker", "--arg", "limit=0"]))
        #expect(perSpeaker[other["speaker"]!] == perSpeakerBefore[other["speaker"]!].map { $0 + 1 })
        if struck["speaker"] != target["speaker"] {
            #expect(perSpeaker[struck["speaker"]!] ?? 0 == (perSpeakerBefore[struck["speaker"]!] ?? 0) - 1)
        }
        let parsed = try CLI.run(["parse"] + Self.files + ["--format", "csv", "--corrections", path])
        #expect(QuotesExportTests.csv(parsed.stdout).count - 1 == plain.count - 1, "\(parsed.stderr)")
    }

    @Test func staleCorrectionsAreReported() throws {
        let plain = try export()
        guard let q = plain.first else { Issue.record("no quotes"); return }
        let path = try write("""
            file,line,column,speaker,text
            \(q["file"]!),\(q["line"]!),\(q["column"]!),Someone Else,words that are not there
            \(q["file"]!),\(q["line"]!),9999,Someone Else,
            elsewhere/missing.txt,1,1,-,
            """)
        let r = try CLI.run(["quotes"] + Self.files + ["--corrections", path, "--format", "csv"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("corrections: 0 of 3 applied, 2 stale (no longer match the text), 1 name files not in this corpus"), "\(r.stderr)")
        #expect(r.stderr.contains("corrections.csv:2: \(q["file"]!):\(q["line"]!):\(q["column"]!): the quote there no longer begins 'words that are not there'"))
        #expect(r.stderr.contains("corrections.csv:3: \(q["file"]!):\(q["line"]!):9999: no quote starts at line"))
        #expect(QuotesExportTests.csv(r.stdout).count - 1 == plain.count, "stale corrections change nothing")
        let bad = try CLI.run(["quotes"] + Self.files + ["--corrections", try write("file,line\nx,1\n")])
        #expect(bad.status == 2 && bad.stderr.contains("the header needs file, line, column and speaker"))
    }
}
