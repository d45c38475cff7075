/// GitHub-flavoured Markdown: `#` report title, `##` section titles, pipe tables with alignment
/// rows; bar charts and timelines become tables with a bar column.
struct MarkdownRenderer {
    var barWidth = 20

    func render(_ report: Report) -> String {
        var blocks: [String] = []
        if let title = report.heading { blocks.append("# " + inline(title)) }
        let single = report.title == nil && report.sections.count == 1
        for section in report.sections {
            if let title = section.title, !single { blocks.append("## " + inline(title)) }
            blocks.append(content(section.content))
        }
        return blocks.map { $0.hasSuffix("\n") ? String($0.dropLast()) : $0 }.joined(separator: "\n\n") + "\n"
    }

    func content(_ content: Section.Content) -> String {
        switch content {
        case .table(let t):
            var out = table(t.columns.map(\.name), t.columns.map(\.alignment),
                            t.displayRows.map { zip($0, t.columns).map { CellFormat.display($0, $1) } })
            if t.hiddenRows > 0 { out += "\n_\(t.displayRows.count) of \(t.rows.count) rows shown._\n" }
            return out
        case .bars(let b): return bars(b)
        case .timeline(let t):
            return bars(t.bars) + (t.skipped > 0 ? "\n_\(t.skipped) date(s) could not be read._\n" : "")
        case .summary(let items):
            return items.map { "- **\(inline($0.key))**: \(inline(CellFormat.display($0.value)))" }.joined(separator: "\n") + "\n"
        case .markdown(let text): return text
        }
    }

    func bars(_ chart: BarChart) -> String {
        let scale = chart.scale
        return table([chart.labelName, chart.valueName, ""], [.left, .right, .left],
                     chart.bars.map { [$0.label, CellFormat.display($0.value), TerminalRenderer.bar($0.value, scale: scale, width: barWidth)] })
    }

    func table(_ header: [String], _ alignments: [Alignment], _ rows: [[String]]) -> String {
        guard !header.isEmpty else { return "" }
        func line(_ cells: [String]) -> String { "| " + cells.map(cell).joined(separator: " | ") + " |\n" }
        let rule = "| " + alignments.map { a -> String in
            switch a {
            case .left: return ":---"
            case .right: return "---:"
            case .center: return ":---:"
            }
        }.joined(separator: " | ") + " |\n"
        return line(header) + rule + rows.map(line).joined()
    }

    /// A table cell: pipes escaped, line breaks as `<br>` (a cell must stay on one line), and
    /// HTML escaped, so a quote holding `<script>` or `<img onerror=…>` stays text when the
    /// Markdown is rendered.
    func cell(_ text: String) -> String {
        var out = ""
        for ch in text.unicodeScalars {
            switch ch {
            case "|": out += "\\|"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\r": break
            case "\n": out += "<br>"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// Heading and list text: on one line.
    func inline(_ text: String) -> String {
        Self.escapeHTML(text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " "))
    }

    static func escapeHTML(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 }) else { return text }
        return text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
