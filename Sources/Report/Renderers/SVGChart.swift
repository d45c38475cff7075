/// Inline SVG charts for the HTML page: horizontal bars for bar charts, columns over time for
/// timelines. Each shape carries a `<title>` so hovering shows its exact value.
enum SVGChart {
    static func bars(_ chart: BarChart) -> String {
        guard !chart.bars.isEmpty else { return "<p class=\"note\">No data.</p>\n" }
        let rowHeight = 22, labelWidth = 200, barArea = 420, valueWidth = 80
        let height = chart.bars.count * rowHeight + 4
        let width = labelWidth + barArea + valueWidth
        let scale = chart.scale
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\">\n"
        for (i, bar) in chart.bars.enumerated() {
            let y = i * rowHeight + 2
            let length = scale > 0 && bar.value > 0 ? max(1, Int((bar.value / scale * Double(barArea)).rounded())) : 0
            let label = HTMLRenderer.escape(DisplayWidth.truncate(bar.label, to: 30))
            let value = HTMLRenderer.escape(CellFormat.display(bar.value))
            out += "<g><title>\(HTMLRenderer.escape(bar.label)): \(value)</title>"
            out += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 15)\" text-anchor=\"end\">\(label)</text>"
            out += "<rect class=\"bar\" x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(length)\" height=\"\(rowHeight - 6)\"/>"
            out += "<text x=\"\(labelWidth + length + 6)\" y=\"\(y + 15)\">\(value)</text></g>\n"
        }
        return out + "</svg>\n"
    }

    static func columns(_ timeline: Timeline) -> String {
        let points = timeline.points
        guard !points.isEmpty else { return "<p class=\"note\">No data.</p>\n" }
        let plotHeight = 200, left = 50, bottom = 40, top = 10
        let step = max(2, min(40, 720 / points.count))
        let width = left + step * points.count + 10
        let height = top + plotHeight + bottom
        let scale = timeline.bars.scale
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\">\n"
        let axisY = top + plotHeight
        out += "<line x1=\"\(left)\" y1=\"\(axisY)\" x2=\"\(width - 10)\" y2=\"\(axisY)\" stroke=\"currentColor\" stroke-width=\"1\"/>\n"
        out += "<text x=\"\(left - 6)\" y=\"\(top + 10)\" text-anchor=\"end\">\(HTMLRenderer.escape(CellFormat.display(scale)))</text>"
        out += "<text x=\"\(left - 6)\" y=\"\(axisY)\" text-anchor=\"end\">0</text>\n"
        // Label about eight periods, always the first and the last.
        let every = max(1, Int((Double(points.count) / 8).rounded(.up)))
        for (i, p) in points.enumerated() {
            let x = left + i * step
            let h = scale > 0 && p.value > 0 ? max(1, Int((p.value / scale * Double(plotHeight)).rounded())) : 0
            let value = HTMLRenderer.escape(CellFormat.display(p.value))
            out += "<g><title>\(HTMLRenderer.escape(p.period)): \(value)</title>"
            out += "<rect class=\"bar\" x=\"\(x + (step > 3 ? 1 : 0))\" y=\"\(axisY - h)\" width=\"\(step > 3 ? step - 2 : step)\" height=\"\(h)\"/></g>\n"
            if i % every == 0 || (i == points.count - 1 && (i % every) * 2 >= every) {
                out += "<text x=\"\(x + step / 2)\" y=\"\(axisY + 16)\" text-anchor=\"middle\">\(HTMLRenderer.escape(p.period))</text>\n"
            }
        }
        return out + "</svg>\n"
    }
}
