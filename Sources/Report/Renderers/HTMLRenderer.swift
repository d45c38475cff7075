/// One self-contained HTML page: inline CSS, tables, inline SVG bar charts and timelines. No
/// scripts, fonts or other external assets; every piece of text is escaped.
struct HTMLRenderer {
    func render(_ report: Report) -> String {
        let title = report.heading ?? "pranalyze report"
        var body = ""
        if let heading = report.heading { body += "<h1>\(Self.escape(heading))</h1>\n" }
        let single = report.title == nil && report.sections.count == 1
        for section in report.sections {
            body += "<section class=\"\(section.kind)\">\n"
            if let t = section.title, !single { body += "<h2>\(Self.escape(t))</h2>\n" }
            body += content(section.content)
            body += "</section>\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Self.escape(title))</title>
            <style>\(Self.css)</style>
            </head>
            <body>
            <main>
            \(body)</main>
            </body>
            </html>

            """
    }

    static let css = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem;color:#1b1f24;background:#fff}\
        main{max-width:60rem;margin:auto}h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}\
        table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #d0d7de;padding:.3rem .6rem;vertical-align:top}\
        th{background:#f6f8fa}.right{text-align:right}.center{text-align:center}.left{text-align:left}\
        td.right{font-variant-numeric:tabular-nums}dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}\
        dt{font-weight:600}dd{margin:0}.note{color:#57606a;font-style:italic}svg{max-width:100%;height:auto}\
        svg text{font:12px system-ui,sans-serif;fill:#1b1f24}.bar{fill:#2f81f7}\
        @media (prefers-color-scheme:dark){body{background:#0d1117;color:#e6edf3}th{background:#161b22}\
        th,td{border-color:#30363d}svg text{fill:#e6edf3}.note{color:#8d96a0}}
        """

    func content(_ content: Section.Content) -> String {
        switch content {
        case .table(let t): return table(t)
        case .bars(let b): return SVGChart.bars(b)
        case .timeline(let t):
            return SVGChart.columns(t) + (t.skipped > 0 ? "<p class=\"note\">\(t.skipped) date(s) could not be read.</p>\n" : "")
        case .summary(let items):
            return "<dl>\n" + items.map {
                "<dt>\(Self.escape($0.key))</dt><dd>\(Self.escape(CellFormat.display($0.value)))</dd>\n"
            }.joined() + "</dl>\n"
        case .markdown(let text): return MarkdownHTML.convert(text)
        }
    }

    func table(_ t: ReportTable) -> String {
        var out = "<table>\n<thead><tr>"
        for c in t.columns { out += "<th class=\"\(c.alignment.rawValue)\">\(Self.escape(c.name))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for row in t.displayRows {
            out += "<tr>"
            for (cell, c) in zip(row, t.columns) {
                out += "<td class=\"\(c.alignment.rawValue)\">\(Self.escape(CellFormat.display(cell, c)))</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        if t.hiddenRows > 0 { out += "<p class=\"note\">\(t.displayRows.count) of \(t.rows.count) rows shown.</p>\n" }
        return out
    }

    /// Text safe in element content and in quoted attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for u in text.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
