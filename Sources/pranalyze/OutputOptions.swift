import ArgumentParser
import Foundation
import Report

extension ReportFormat: ExpressibleByArgument {}

/// `--format` and `--output`: how and where the report a script returns is written.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Report format: table (aligned, for the terminal), markdown, csv, json, jsonl or html (default: from the --output extension, else table).",
        valueName: "format"))
    var format: ReportFormat?

    @Option(name: .long, help: ArgumentHelp(
        "Write the report to this file (atomically: a temporary file, then a rename) instead of standard output (`-`). A CSV report of several sections is written one file per section (NAME-SECTION.csv).",
        valueName: "file"))
    var output: String?

    @Flag(name: .customLong("raw-csv"), help: "Keep CSV cells that start with = + - @ tab or CR as they are (by default they get a leading ' so spreadsheets do not run them as formulas).")
    var rawCSV = false

    /// The format asked for: `--format`, else the one `--output`'s extension names, else the table.
    var effectiveFormat: ReportFormat {
        if let format { return format }
        guard let output else { return .table }
        return Self.format(forExtension: (output as NSString).pathExtension.lowercased()) ?? .table
    }

    static func format(forExtension ext: String) -> ReportFormat? {
        switch ext {
        case "csv": return .csv
        case "md", "markdown": return .markdown
        case "json": return .json
        case "jsonl", "ndjson": return .jsonl
        case "html", "htm": return .html
        case "txt": return .table
        default: return nil
        }
    }

    /// Renders `report` and writes it: to `--output`, or to standard output, in colour only when
    /// that is a terminal and NO_COLOR is not set. A failed write exits with its own status.
    func emit(_ report: Report) throws {
        let format = effectiveFormat
        noteTruncation(report, format: format)
        if let output, output != "-" {
            if format == .csv && report.sections.count > 1 { return try writeSections(report, to: output) }
            try Self.write(render(report, format: format, colour: false, rawCSV: rawCSV), to: output)
            return
        }
        let colour = TerminalColour.enabled(isTTY: isatty(STDOUT_FILENO) == 1,
                                            environment: ProcessInfo.processInfo.environment)
        var text = render(report, format: format, colour: colour, rawCSV: rawCSV)
        // The table escapes its own cells (its colours are ours); any other format shown on a
        // terminal has controls and bidi overrides from the corpus or the script made visible.
        if format != .table, isatty(STDOUT_FILENO) == 1 { text = TerminalText.escape(text) }
        // Through C stdio, like a script's print, so the two stay in order.
        let written = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, stdout) }
        if fflush(stdout) != 0 || written < text.utf8.count {
            Diagnostics.note("cannot write the report to standard output: \(String(cString: strerror(errno)))")
            throw ExitStatus.writeFailed
        }
    }

    /// Writes `text` to `path` atomically; a failure is reported and exits with status 5.
    static func write(_ text: String, to path: String) throws {
        do { try ReportWriter.write(text, to: path) } catch {
            Diagnostics.note("\(error)")
            throw ExitStatus.writeFailed
        }
    }

    /// CSV holds one table per file: each section goes to `NAME-N-TITLE.csv` beside `path`.
    private func writeSections(_ report: Report, to path: String) throws {
        let base = (path as NSString).deletingPathExtension
        var names: [String] = []
        for (i, section) in report.sections.enumerated() {
            let slug = (section.title ?? section.kind).lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: "-")
            let name = "\(base)-\(i + 1)\(slug.isEmpty ? "" : "-" + slug).csv"
            try Self.write(render(Report(section), format: .csv, rawCSV: rawCSV), to: name)
            names.append(name)
        }
        Diagnostics.note("\(report.sections.count) sections written as CSV files: \(names.joined(separator: ", "))")
    }

    /// CSV and JSON Lines have no place for a note, so a cut table is said on stderr.
    private func noteTruncation(_ report: Report, format: ReportFormat) {
        guard format == .csv || format == .jsonl else { return }
        for section in report.sections {
            guard case .table(let t) = section.content, t.hiddenRows > 0 else { continue }
            let title = section.title ?? (report.sections.count == 1 ? report.title : nil)
            Diagnostics.note("\(title.map { "'\($0)': " } ?? "")\(t.displayRows.count) of \(t.rows.count) rows written (--arg limit=0 for all)")
        }
    }
}
