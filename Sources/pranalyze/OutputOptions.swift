import ArgumentParser
import Foundation
import Report

extension ReportFormat: ExpressibleByArgument {}

/// `--format` and `--output`: how and where the report a script returns is written.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Report format: table (aligned, for the terminal), markdown, csv, json, jsonl or html.", valueName: "format"))
    var format: ReportFormat = .table

    @Option(name: .long, help: ArgumentHelp(
        "Write the report to this file (atomically: a temporary file, then a rename) instead of standard output (`-`).",
        valueName: "file"))
    var output: String?

    @Flag(name: .customLong("raw-csv"), help: "Keep CSV cells that start with = + - @ tab or CR as they are (by default they get a leading ' so spreadsheets do not run them as formulas).")
    var rawCSV = false

    /// Renders `report` and writes it: to `--output`, or to standard output, in colour only when
    /// that is a terminal and NO_COLOR is not set.
    func emit(_ report: Report) throws {
        if let output, output != "-" {
            try ReportWriter.write(render(report, format: format, colour: false, rawCSV: rawCSV), to: output)
            return
        }
        let colour = TerminalColour.enabled(isTTY: isatty(STDOUT_FILENO) == 1,
                                            environment: ProcessInfo.processInfo.environment)
        var text = render(report, format: format, colour: colour, rawCSV: rawCSV)
        // The table escapes its own cells (its colours are ours); any other format shown on a
        // terminal has controls and bidi overrides from the corpus or the script made visible.
        if format != .table, isatty(STDOUT_FILENO) == 1 { text = TerminalText.escape(text) }
        // Through C stdio, like a script's print, so the two stay in order.
        text.withUTF8 { _ = fwrite($0.baseAddress, 1, $0.count, stdout) }
        fflush(stdout)
    }
}
