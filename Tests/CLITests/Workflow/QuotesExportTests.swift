import Foundation
import Testing

/// The one-row-per-quote export (`quotes` report, `parse --format csv|jsonl`) on the real corpus:
/// rows agree with each other, offsets point into the file, metadata columns come from the index.
@Suite struct QuotesExportTests {
    /// RFC 4180 records (quoted cells may hold commas, quotes and line breaks).
    static func csv(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], cell = "", quoted = false
        var it = Array(text.unicodeScalars).makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? it.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let n = it.next() { if n == "\"" { cell.unicodeScalars.append(n) } else { quoted = false; pending = n } } else { quoted = false }
                } else { cell.unicodeScalars.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { row.append(cell); cell = "" }
            else if c == "\n" { row.append(cell); rows.append(row); row = []; cell = "" }
            else if c == "\r" { continue }
            else { cell.unicodeScalars.append(c) }
        }
        return rows
    }

    @Test func quotesReportRowsPointIntoTheFilesAndCarryIndexMetadata() throws {
        let folder = Workflow.congress.path
        let r = try CLI.run(["quotes", folder, "-q", "--arg", "meta=party,member", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = Self.csv(r.stdout)
        let header = try #require(rows.first)
        let col = Dictionary(uniqueKeysWithValues: header.enumerated().map { ($1, $0) })
        for name in ["file", "line", "column", "start", "stop", "speaker", "mention", "titles", "affiliation", "cue",
                     "kind", "rule", "confidence", "text", "party", "member"] {
            #expect(col[name] != nil, "column \(name)")
        }
        let index = try Workflow.index(Workflow.congress)
        var files: [String: [UInt8]] = [:]
        #expect(rows.count > 500)
        for row in rows.dropFirst() {
            let path = row[col["file"]!]
            let bytes = try files[path] ?? Array(Data(contentsOf: URL(fileURLWithPath: path)))
            files[path] = bytes
            let start = try #require(Int(row[col["start"]!])), stop = try #require(Int(row[col["stop"]!]))
            #expect(start < stop && stop <= bytes.count)
            // Line and column are those of `start` in the file.
            let before = bytes[..<start]
            #expect(Int(row[col["line"]!]) == before.filter { $0 == 0x0A }.count + 1)
            let lineStart = (before.lastIndex(of: 0x0A) ?? -1) + 1
            #expect(Int(row[col["column"]!]) == start - lineStart + 1)
            // The quoted words are at those offsets (the text may differ in white space only).
            let first = row[col["text"]!].split(separator: " ").first.map(String.init) ?? ""
            #expect(String(decoding: bytes[start..<stop], as: UTF8.self).hasPrefix(first), "\(path) @\(start)")
            let want = index[(path as NSString).lastPathComponent]
            #expect(row[col["party"]!] == (want?["party"] as? String ?? ""))
        }
    }

    @Test func parseCSVAndJSONLinesGiveTheReportsRows() throws {
        let files = try Workflow.files(Workflow.congress, 12).map(\.path)
        let report = Self.csv(try CLI.run(["quotes"] + files + ["-q", "--arg", "meta=party", "--format", "csv"]).stdout)
        let parsed = try CLI.run(["parse"] + files + ["--format", "csv", "--arg", "meta=party"])
        #expect(parsed.status == 0, "\(parsed.stderr)")
        let rows = Self.csv(parsed.stdout)
        #expect(rows.count == report.count && rows.count > 10)
        let drop = report[0].firstIndex(of: "speaker_key")!
        for (a, b) in zip(rows, report) {
            var b = b
            b.removeSubrange(drop...(drop + 1))  // speaker_key, speaker_id: the report's own
            #expect(a == b)
        }
        let jsonl = try CLI.run(["parse"] + files + ["--format", "jsonl", "--arg", "meta=party"])
        let objects = try jsonl.stdout.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects.count == rows.count - 1)
        #expect(objects.first?["party"] as? String == rows[1].last)
        #expect(objects.allSatisfy { $0["start"] is Int && $0["text"] is String })
        let bad = try CLI.run(["parse", files[0], "--arg", "meta=party"])
        #expect(bad.status == 2 && bad.stderr.contains("--format csv or jsonl"))
    }
}
