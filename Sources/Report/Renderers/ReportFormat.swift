/// The formats a report can be written in (`--format`).
public enum ReportFormat: String, CaseIterable, Sendable {
    /// An aligned Unicode table for the terminal (the default).
    case table
    /// GitHub-flavoured Markdown: headings and pipe tables.
    case markdown
    /// RFC 4180 CSV (CRLF line ends). A one-table report is just that table, header first.
    case csv
    /// One JSON document holding the whole report.
    case json
    /// JSON Lines: one object per row.
    case jsonl
    /// One self-contained HTML page: inline CSS and SVG charts, no external assets.
    case html
}

/// Writes `report` in `format`. `colour` adds ANSI colours to the terminal table only; decide it
/// with `TerminalColour.enabled(isTTY:environment:)`. `rawCSV` keeps CSV cells that look like
/// spreadsheet formulas as they are (they are neutralised by default).
public func render(_ report: Report, format: ReportFormat, colour: Bool = false, rawCSV: Bool = false) -> String {
    switch format {
    case .table: return TerminalRenderer(colour: colour).render(report)
    case .markdown: return MarkdownRenderer().render(report)
    case .csv: return CSVRenderer(raw: rawCSV).render(report)
    case .json: return JSONRenderer().render(report)
    case .jsonl: return JSONLinesRenderer().render(report)
    case .html: return HTMLRenderer().render(report)
    }
}

/// When the terminal table may use colour: only on a terminal, and never when `NO_COLOR` is set
/// to anything non-empty (https://no-color.org).
public enum TerminalColour {
    public static func enabled(isTTY: Bool, environment: [String: String]) -> Bool {
        guard isTTY else { return false }
        if let v = environment["NO_COLOR"], !v.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return true
    }
}
