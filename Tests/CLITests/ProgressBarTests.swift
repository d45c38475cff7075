import Foundation
import Testing

/// The progress bar: drawn on stderr when it is a terminal (here through `script`, which gives
/// the program a pseudo-terminal), cleared at the end, never drawn otherwise or with --quiet.
@Suite struct ProgressBarTests {
    let corpus = CLIRunner.corpus + "/real/congress-us"
    let chunk = "for r in pr.releases() do end"

    /// Runs pranalyze in a pseudo-terminal; returns everything written to it.
    func inTerminal(_ extra: String = "") throws -> String {
        let command = "env PRANALYZE_PROGRESS_AFTER=0 '\(CLIRunner.binary)' -e '\(chunk)' '\(corpus)' \(extra) > /dev/null"
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
