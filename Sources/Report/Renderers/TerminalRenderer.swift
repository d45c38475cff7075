/// The aligned Unicode table for terminals: box-drawn tables, block-character bars, aligned
/// summaries. Widths count terminal columns, not bytes or characters.
struct TerminalRenderer {
    var colour: Bool
    /// Text columns wider than this are cut with `…` (a quote column would break the layout).
    var maxCellWidth = 60
    /// Columns the longest bar takes.
    var barWidth = 40

    func render(_ report: Report) -> String {
        var out = ""
        if let title = report.heading { out += style(flat(title), "1") + "\n\n" }
        for (i, section) in report.sections.enumerated() {
            if i > 0 { out += "\n" }
            if let title = section.title, !(report.title == nil && report.sections.count == 1) {
                out += style(flat(title), "1") + "\n"
            }
            out += content(section.content)
        }
        return out
    }

    func content(_ content: Section.Content) -> String {
        switch content {
        case .table(let t): return table(t)
        case .bars(let b): return bars(b)
        case .timeline(let t):
            let note = t.skipped > 0 ? "(\(t.skipped) date(s) could not be read)\n" : ""
            return bars(t.bars) + note
        case .summary(let items): return summary(items)
        case .markdown(let text):
            let safe = Self.clean(text, keepingLines: true)
            return safe.hasSuffix("\n") ? safe : safe + "\n"
        }
    }

    func style(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// One line of cell text: line breaks and tabs become spaces, other control characters and
    /// bidi overrides are shown escaped (a release can hold ESC or CSI bytes; they must not reach
    /// the terminal).
    func flat(_ text: String) -> String { Self.clean(text, keepingLines: false) }

    /// Text safe for the terminal (`TerminalText`); newlines and tabs stay when `keepingLines`.
    static func clean(_ text: String, keepingLines: Bool) -> String {
        var text = text
        if !keepingLines, text.utf8.contains(where: { $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }) {
            text = String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\n" || $0 == "\t" || $0 == "\r" ? " " : $0 }))
        }
        return TerminalText.escape(text, keepingLines: keepingLines)
    }

    func table(_ t: ReportTable) -> String {
        let rows = t.displayRows.map { row in
            zip(row, t.columns).map { DisplayWidth.truncate(flat(CellFormat.display($0, $1)), to: maxCellWidth) }
        }
        let header = t.columns.map { DisplayWidth.truncate(flat($0.name), to: maxCellWidth) }
        var widths = header.map(DisplayWidth.of)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) } }
        func rule(_ l: String, _ m: String, _ r: String) -> String {
            style(l + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: m) + r, "2") + "\n"
        }
        let bar = style("│", "2")
        func line(_ cells: [String], bold: Bool) -> String {
            let parts = cells.enumerated().map { i, cell -> String in
                let padded = DisplayWidth.pad(cell, to: widths[i], t.columns[i].alignment)
                return " " + (bold ? style(padded, "1") : padded) + " "
            }
            return bar + parts.joined(separator: bar) + bar + "\n"
        }
        guard !t.columns.isEmpty else { return "(empty table)\n" }
        var out = rule("┌", "┬", "┐") + line(header, bold: true) + rule("├", "┼", "┤")
        for row in rows { out += line(row, bold: false) }
        out += rule("└", "┴", "┘")
        if rows.isEmpty { out += "(no rows)\n" }
        if t.hiddenRows > 0 { out += "(\(rows.count) of \(t.rows.count) rows shown)\n" }
        return out
    }

    func bars(_ chart: BarChart) -> String {
        guard !chart.bars.isEmpty else { return "(no data)\n" }
        let labels = chart.bars.map { DisplayWidth.truncate(flat($0.label), to: 30) }
        let values = chart.bars.map { CellFormat.display($0.value) }
        let labelWidth = labels.map(DisplayWidth.of).max() ?? 0
        let valueWidth = values.map(DisplayWidth.of).max() ?? 0
        let scale = chart.scale
        var out = ""
        for (i, b) in chart.bars.enumerated() {
            let drawn = Self.bar(b.value, scale: scale, width: barWidth)
            out += DisplayWidth.pad(labels[i], to: labelWidth, .left) + "  "
                + DisplayWidth.pad(values[i], to: valueWidth, .right)
                + (drawn.isEmpty ? "" : " " + style(drawn, "36")) + "\n"
        }
        return out
    }

    static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// A bar of `value / scale * width` columns, to the nearest eighth of a column.
    static func bar(_ value: Double, scale: Double, width: Int) -> String {
        guard scale > 0, value.isFinite, value > 0 else { return "" }
        let units = Int((min(value, scale) / scale * Double(width * 8)).rounded())
        let full = units / 8
        var s = String(repeating: "█", count: full) + eighths[units % 8]
        if s.isEmpty { s = "▏" } // a positive value never vanishes
        return s
    }

    func summary(_ items: [SummaryItem]) -> String {
        let keys = items.map { flat($0.key) }
        let values = items.map { flat(CellFormat.display($0.value)) }
        let keyWidth = keys.map(DisplayWidth.of).max() ?? 0
        let numberWidth = zip(items, values).filter { $0.0.value.number != nil }.map { DisplayWidth.of($0.1) }.max() ?? 0
        var out = ""
        for (i, item) in items.enumerated() {
            let value = item.value.number != nil ? DisplayWidth.pad(values[i], to: numberWidth, .right) : values[i]
            out += style(DisplayWidth.pad(keys[i], to: keyWidth, .left), "1") + "  " + value + "\n"
        }
        return out
    }
}
