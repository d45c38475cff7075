import Foundation
import Testing

/// Speaker identity under the researcher's control: `--aliases FILE`, ids, same-surname people (kept apart through the releases' member index).
@Suite struct AliasesCLITests {
    static let lee = ["2001-01-03_barbara-lee_0001.txt", "2001-11-08_barbara-lee_0004.txt",
                      "2013-01-22_mike-lee_0167.txt", "2013-03-07_mike-lee_0223.txt"]

    func rows(_ args: [String]) throws -> [String: [String]] {
        let r = try CLI.run(args + ["-q", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        return Dictionary(QuotesExportTests.csv(r.stdout).dropFirst().map { ($0[0], $0) }) { a, _ in a }
    }

    @Test func sameSurnameKeptApartByIndexAndByTitles() throws {
        let files = Self.lee.map { Workflow.congress.appendingPathComponent($0).path }
        let withIndex = try rows(["quotes-per-speaker"] + files)
        #expect(withIndex["Lee"] == nil, "no row mixing Barbara Lee and Mike Lee")
        #expect(withIndex["Barbara Lee"] != nil && withIndex["Mike Lee"] != nil)
    }

    @Test func sameSurnameKeptApartWithoutTheIndexByFullNamesAndTitles() throws {
        // The releases copied to a folder without index.jsonl: no member metadata to lean on.
        let dir = try Workflow.scratch()
        for file in try Workflow.files(Workflow.congress, 10_000) {
            try FileManager.default.copyItem(at: file, to: dir.appendingPathComponent(file.lastPathComponent))
        }
        let bare = try rows(["quotes-per-speaker", dir.path, "--arg", "limit=0"])
        let indexed = try rows(["quotes-per-speaker", Workflow.congress.path, "--arg", "limit=0"])
        #expect(bare["Lee"] == nil, "no row mixing Barbara Lee (Rep.) and Mike Lee (Senator)")
        for name in ["Barbara Lee", "Mike Lee"] {
            #expect(bare[name] != nil && bare[name]?[1] == indexed[name]?[1], "\(name): \(bare[name] ?? []) vs \(indexed[name] ?? [])")
        }
    }

    @Test func aliasesFileMergesSpellingsAndGivesIds() throws {
        let files = Self.lee.map { Workflow.congress.appendingPathComponent($0).path }
        let dir = try Workflow.scratch()
        let csv = dir.appendingPathComponent("aliases.csv")
        try "name,canonical,id\nMike Lee,Barbara Lee,Q1\n".write(to: csv, atomically: true, encoding: .utf8)
        let plain = try rows(["quotes-per-speaker"] + files)
        let merged = try rows(["quotes-per-speaker", "--aliases", csv.path] + files)
        let a = Int(plain["Barbara Lee"]?[1] ?? "") ?? -1, b = Int(plain["Mike Lee"]?[1] ?? "") ?? -1
        #expect(Int(merged["Barbara Lee"]?[1] ?? "") == a + b)
        let json = dir.appendingPathComponent("aliases.json")
        try #"[{"canonical": "Mike Lee", "id": "Q720520"}]"#.write(to: json, atomically: true, encoding: .utf8)
        let ids = try CLI.run(["--aliases", json.path, "-q", "-e",
                               "for r in pr.releases() do for _, q in ipairs(r.quotes) do if q.speaker then print(q.speaker.key, q.speaker.id, pr.people.id(q.speaker.name)) end end end"] + files)
        let lines = ids.stdout.split(separator: "\n").filter { $0.hasPrefix("mike lee") }
        #expect(!lines.isEmpty && lines.allSatisfy { $0.hasPrefix("mike lee\tQ720520") })
        try "name,canonical\nX,\n".write(to: csv, atomically: true, encoding: .utf8)
        let bad = try CLI.run(["quotes-per-speaker", "--aliases", csv.path] + files)
        #expect(bad.status == 2 && bad.stderr.contains("aliases.csv:2: no canonical name"))
    }
}
