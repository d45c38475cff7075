import Foundation
import Testing
import TestSupport

/// Issue #20 point 4 through the CLI: a script's formula cells are neutralised in CSV (kept with
/// `--raw-csv`), Markdown escapes HTML, diagnostics show controls in file names and error
/// messages escaped, and `print` to a terminal does too (while a pipe gets the bytes unchanged).
@Suite struct OutputEscapingCLITests {
    static let report = """
        return { finish = function()
          return pr.report.table{ columns = { "cell", "n" },
            rows = { { "=HYPERLINK(\\"http://evil\\",\\"x\\")", -5 }, { "@SUM(1)", 2 }, { "<b>bold</b>", 3 } } }
        end }
        """

    @Test func csvNeutralisedUnlessRawAndMarkdownEscaped() throws {
        let script = try CLI.script(Self.report)
        let csv = try CLI.run([script, CLI.seed, "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(csv.stdout == "cell,n\r\n\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",-5\r\n\"'@SUM(1)\",2\r\n<b>bold</b>,3\r\n")
        let raw = try CLI.run([script, CLI.seed, "--format", "csv", "--raw-csv"])
        #expect(raw.stdout.contains("\r\n\"=HYPERLINK(") && raw.stdout.contains("\r\n@SUM(1),2\r\n"), "\(raw.stdout)")
        let md = try CLI.run([script, CLI.seed, "--format", "markdown"])
        #expect(md.stdout.contains("| &lt;b&gt;bold&lt;/b&gt; |"), "\(md.stdout)")
    }

    @Test func quoteRowsCSVIsNeutralised() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pranalyze-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // A release whose first quote starts with a formula character, built from a real release.
        var text = try String(contentsOfFile: CLI.seed, encoding: .utf8)
        let open = try #require(text.range(of: "\""))
        text.insert(contentsOf: "=1+1 ", at: open.upperBound)
        let path = dir.appendingPathComponent("release.txt").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let rows = try CLI.run(["parse", path, "--format", "csv"])
        #expect(rows.stdout.contains(",\"'=1+1 "), "\(rows.stdout.prefix(600))")
        let raw = try CLI.run(["parse", path, "--format", "csv", "--raw-csv"])
        #expect((raw.stdout.contains(",=1+1 ") || raw.stdout.contains(",\"=1+1 ")) && !raw.stdout.contains("'=1+1"))
    }

    @Test func diagnosticsShowControlsEscaped() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pranalyze-esc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let evilName = dir.appendingPathComponent("a\u{1B}[2Jb\u{202E}.txt").path
        _ = FileManager.default.createFile(atPath: evilName, contents: Data())
        let script = try CLI.script("error('boom\\27]0;pwned\\7 \\226\\128\\174end')")
        let run = try CLI.run([script, dir.path])
        #expect(run.status == 1)
        #expect(!run.stderr.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" }, "\(run.stderr)")
        #expect(run.stderr.contains(#"boom\u{1B}]0;pwned\u{7} \u{202E}end"#), "\(run.stderr)")
        let empty = try CLI.run(["-e", "for _ in pr.releases() do end", dir.path])
        #expect(empty.stderr.contains(#"a\u{1B}[2Jb\u{202E}.txt: skipped: empty file"#), "\(empty.stderr)")
    }

    @Test func printIsEscapedOnATerminalOnly() throws {
        let binary = try #require(CLI.binary).path
        let code = "print('x\\27[31mred\\226\\128\\174y')"
        // `script` gives the child a pseudo-terminal as stdout.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", "\(binary) -e \"\(code)\"", "/dev/null"]
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let tty = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(tty.contains(#"x\u{1B}[31mred\u{202E}y"#), "\(tty.debugDescription)")
        let piped = try CLI.run(["-e", code])
        #expect(piped.stdout == "x\u{1B}[31mred\u{202E}y\n")
    }
}
