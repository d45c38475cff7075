import Foundation
import Testing

/// CLI conventions: the format from the --output extension, truncation said in every format,
/// -V, a write error's own exit status, and multi-section CSV as one file per section.
@Suite struct OutputConventionsTests {
    static let files = (try? Workflow.files(Workflow.congress, 6).map(\.path)) ?? []

    @Test func outputExtensionPicksTheFormatUnlessFormatSays() throws {
        let dir = try Workflow.scratch()
        for (ext, opening) in [("csv", "speaker,quotes"), ("json", "{"), ("md", "# Quotes per speaker"), ("html", "<!DOCTYPE html>")] {
            let out = dir.appendingPathComponent("report.\(ext)").path
            let r = try CLI.run(["quotes-per-speaker"] + Self.files + ["-q", "--output", out])
            #expect(r.status == 0, "\(r.stderr)")
            let text = try String(contentsOfFile: out, encoding: .utf8)
            #expect(text.hasPrefix(opening), "\(ext): \(text.prefix(40))")
        }
        let forced = dir.appendingPathComponent("forced.csv").path
        _ = try CLI.run(["quotes-per-speaker"] + Self.files + ["-q", "--output", forced, "--format", "json"])
        #expect(try String(contentsOfFile: forced, encoding: .utf8).hasPrefix("{"))
    }

    @Test func aTruncatedTableSaysSoInEveryFormat() throws {
        let all = try CLI.run(["quotes-per-speaker"] + Self.files + ["-q", "--format", "csv", "--arg", "limit=0"])
        let total = QuotesExportTests.csv(all.stdout).count - 1
        try #require(total > 1)
        let args = ["quotes-per-speaker"] + Self.files + ["-q", "--arg", "limit=1", "--format"]
        #expect(try CLI.run(args + ["table"]).stdout.contains("(1 of \(total) rows shown)"))
        #expect(try CLI.run(args + ["markdown"]).stdout.contains("_1 of \(total) rows shown._"))
        #expect(try CLI.run(args + ["html"]).stdout.contains("1 of \(total) rows shown."))
        #expect(try CLI.run(args + ["json"]).stdout.contains("\"total_rows\": \(total)"))
        for format in ["csv", "jsonl"] {
            let r = try CLI.run(args + [format])
            #expect(r.stderr.contains("'Quotes per speaker': 1 of \(total) rows written (--arg limit=0 for all)"), "\(format): \(r.stderr)")
        }
    }

    @Test func versionWriteErrorsAndSectionFiles() throws {
        let long = try CLI.run(["--version"]), short = try CLI.run(["-V"])
        #expect(short.status == 0 && short.stdout == long.stdout && !short.stdout.isEmpty)
        let bad = try CLI.run(["quotes-per-speaker"] + Self.files + ["-q", "--output", "/nonexistent-dir/q.csv"])
        #expect(bad.status == 5 && bad.stderr.contains("cannot write /nonexistent-dir/q.csv"), "\(bad.stderr)")
        let dir = try Workflow.scratch()
        let r = try CLI.run(["audit"] + Self.files + ["-q", "--output", dir.appendingPathComponent("audit.csv").path])
        #expect(r.status == 0 && r.stderr.contains("2 sections written as CSV files"), "\(r.stderr)")
        let first = try String(contentsOf: dir.appendingPathComponent("audit-1-attributions-to-check.csv"), encoding: .utf8)
        let second = try String(contentsOf: dir.appendingPathComponent("audit-2-by-rule.csv"), encoding: .utf8)
        #expect(first.hasPrefix("file,line,column,speaker") && second.hasPrefix("rule,quotes,listed"))
    }
}
