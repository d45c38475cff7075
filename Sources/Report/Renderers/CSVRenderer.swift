import Foundation

/// RFC 4180 CSV: CRLF line ends; fields holding commas, quotes or line breaks are quoted, with
/// quotes doubled. A one-table report is just the table, header first. Other sections are written
/// as two-column tables (label,value / period,value / key,value; Markdown as a one-field record);
/// several sections are separated by an empty line, each introduced by its title as a record.
/// Text cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or
/// CR) are neutralised as OWASP recommends: a leading `'` and quotes; numbers stay as they are.
/// `raw` keeps every cell as it is, for pipelines that are no spreadsheet.
struct CSVRenderer {
    var raw = false

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
            return record(t.columns.map(\.name)) + t.displayRows.map { row in
                row.map(value)
            }.map(fieldsRecord).joined()
        case .bars(let b): return pairs(b)
        case .timeline(let t): return pairs(t.bars)
        case .summary(let items):
            return record(["key", "value"]) + items.map { fieldsRecord([.text($0.key), value($0.value)]) }.joined()
        case .markdown(let text): return record([text])
        }
    }

    func value(_ cell: Cell) -> Field {
        if case .string = cell { return .text(CellFormat.raw(cell)) }
        return .number(CellFormat.raw(cell))
    }

    func pairs(_ chart: BarChart) -> String {
        record([chart.labelName, chart.valueName]) + chart.bars.map { fieldsRecord([.text($0.label), .number(CellFormat.raw($0.value))]) }.joined()
    }

    /// A record of text fields (titles, labels, column names): each may be neutralised.
    func record(_ fields: [String]) -> String { fieldsRecord(fields.map(text)) }

    enum Field { case text(String), number(String) }

    func text(_ s: String) -> Field { .text(s) }

    func fieldsRecord(_ fields: [Field]) -> String {
        fields.map { field -> String in
            switch field {
            case .number(let s): return Self.field(s)
            case .text(let s): return raw ? Self.field(s) : Self.neutralised(s)
            }
        }.joined(separator: ",") + "\r\n"
    }

    /// OWASP's CSV-injection defence: a cell a spreadsheet would evaluate gets a leading `'`
    /// (shown by no spreadsheet) and is quoted.
    static func neutralised(_ text: String) -> String {
        guard let first = text.utf8.first, Self.formulaStarts.contains(first) else { return field(text) }
        return "\"'" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static let formulaStarts: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D]

    static func field(_ text: String) -> String {
        let special = text.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard special else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
