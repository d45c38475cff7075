import Foundation
import Testing

/// The progress bar: drawn on stderr when it is a terminal (here through `script`, which gives
/// the program a pseudo-terminal), cleared at the end, never drawn otherwise or with --quiet.
@Suite struct ProgressBarTests {
    let corpus = CLIRunner.corpus + "/real/congress-us"
    let chunk = "for r in pr.releases() do end"

    /// Runs pranalyze in a pseudo-terminal; returns everything written to it.
    func inTerminal(_ extra: String = "", corpus: String? = nil) throws -> String {
        let command = "env PRANALYZE_PROGRESS_AFTER=0 '\(CLIRunner.binary)' -e '\(chunk)' '\(corpus ?? self.corpus)' \(extra) > /dev/null"
        let r = try CLIRunner.run([], executable: "/usr/bin/script", arguments: ["-q", "-e", "-c", command, "/dev/null"])
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout
    }

    @Test func drawsFilesRateAndETAOnATerminalThenClears() throws {
        let screen = try inTerminal()
        #expect(screen.contains("/451 files"), "\(screen.prefix(300))") // 450 releases and index.jsonl
        #expect(screen.contains("MB/s, ETA"))
        #expect(screen.contains("█"))
        let lastBar = try #require(screen.range(of: "ETA", options: .backwards))
        #expect(screen[lastBar.upperBound...].contains("\r\u{1B}[K"), "the bar is cleared after its last update")
    }

    /// The captured numbers of every match of `pattern`.
    func numbers(_ text: String, _ pattern: String) throws -> [[Int]] {
        let regex = try NSRegularExpression(pattern: pattern)
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { m in
            (1..<m.numberOfRanges).map { Int(ns.substring(with: m.range(at: $0))) ?? -1 }
        }
    }

    @Test func countsFilesAndReleasesApart() throws {
        // One release per file here: every update shows as many files as releases.
        let folder = try inTerminal()
        let counts = try numbers(folder, #"(\d+)/451 files, (\d+) releases"#).map { ($0[0], $0[1]) }
        #expect(!counts.isEmpty && counts.allSatisfy { $0.0 == $0.1 }, "\(folder.suffix(300))")
        // One JSON Lines file of 200 releases (built here from the congress texts, in a scratch folder).
        let texts = try Workflow.files(Workflow.congress, 200).map { try String(contentsOf: $0, encoding: .utf8) }
        let lines = try texts.map { String(decoding: try JSONSerialization.data(withJSONObject: ["text": $0]), as: UTF8.self) }
        let file = try Workflow.scratch().appendingPathComponent("all.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let screen = try inTerminal(corpus: file.path)
        let jsonl = try numbers(screen, #"1/1 files, (\d+) releases"#).map { $0[0] }
        #expect(!jsonl.isEmpty && jsonl.allSatisfy { $0 >= 64 }, "one file, many releases: \(screen.suffix(300))")
    }

    @Test func messagesClearTheBarFirst() throws {
        let screen = try inTerminal()
        #expect(screen.contains("\r\u{1B}[Kpranalyze: \(corpus)/index.jsonl: ignored"), "\(screen.suffix(400))")
    }

    @Test func silentWithQuietOrWhenNotATerminal() throws {
        #expect(!(try inTerminal("--quiet")).contains("files"))
        let piped = try CLIRunner.run(["-e", chunk, corpus], environment: ["PRANALYZE_PROGRESS_AFTER": "0"])
        #expect(!piped.stderr.contains("files,") && !piped.stderr.contains("\u{1B}"), "\(piped.stderr)")
    }
}
