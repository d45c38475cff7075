import Foundation

/// RFC 4180 CSV: CRLF line ends; fields holding commas, quotes or line breaks are quoted, with
/// quotes doubled. A one-table report is just the table, header first. Other sections are written
/// as two-column tables (label,value / period,value / key,value; Markdown as a one-field record);
/// several sections are separated by an empty line, each introduced by its title as a record.
struct CSVRenderer {
    func render(_ report: Report) -> String {
        if report.sections.count == 1 { return content(report.sections[0].content) }
        var parts: [String] = []
        for section in report.sections {
            var part = ""
            if let title = section.title { part += record([title]) }
            part += content(section.content)
            parts.append(part)
        }
        return parts.joined(separator: "\r\n")
    }

    func content(_ content: Section.Content) -> String {
        switch content {
        case .table(let t):
            return record(t.columns.map(\.name)) + t.displayRows.map { record($0.map(CellFormat.raw)) }.joined()
        case .bars(let b): return pairs(b)
        case .timeline(let t): return pairs(t.bars)
        case .summary(let items):
            return record(["key", "value"]) + items.map { record([$0.key, CellFormat.raw($0.value)]) }.joined()
        case .markdown(let text): return record([text])
        }
    }

    func pairs(_ chart: BarChart) -> String {
        record([chart.labelName, chart.valueName]) + chart.bars.map { record([$0.label, CellFormat.raw($0.value)]) }.joined()
    }

    func record(_ fields: [String]) -> String { fields.map(Self.field).joined(separator: ",") + "\r\n" }

    static func field(_ text: String) -> String {
        let special = text.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard special else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
