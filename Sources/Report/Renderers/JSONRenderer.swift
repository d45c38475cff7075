/// One JSON document: `{"title", "sections": [{"type", "title", …}]}`. Table rows are objects
/// keyed by column name, with raw values (percent columns keep fractions).
struct JSONRenderer {
    func render(_ report: Report) -> String {
        JSON.object([
            ("title", report.title.map(JSON.string) ?? .null),
            ("sections", .array(report.sections.map(section))),
        ]).write(pretty: true) + "\n"
    }

    func section(_ s: Section) -> JSON {
        var fields: [(String, JSON)] = [("type", .string(s.kind)), ("title", s.title.map(JSON.string) ?? .null)]
        switch s.content {
        case .table(let t):
            fields.append(("columns", .array(t.columns.map {
                .object([("name", .string($0.name)), ("type", .string($0.type.rawValue)), ("align", .string($0.alignment.rawValue))])
            })))
            fields.append(("rows", .array(t.displayRows.map { Self.row($0, t.columns) })))
            if t.hiddenRows > 0 { fields.append(("total_rows", .int(t.rows.count))) }
        case .bars(let b):
            fields.append(("bars", .array(b.bars.map { .object([("label", .string($0.label)), ("value", .double($0.value))]) })))
        case .timeline(let t):
            fields.append(("granularity", .string(t.granularity.rawValue)))
            fields.append(("points", .array(t.points.map { .object([("period", .string($0.period)), ("value", .double($0.value))]) })))
            fields.append(("skipped", .int(t.skipped)))
        case .summary(let items):
            fields.append(("items", .array(items.map { .object([("key", .string($0.key)), ("value", JSON($0.value))]) })))
        case .markdown(let text):
            fields.append(("text", .string(text)))
        }
        return .object(fields)
    }

    static func row(_ cells: [Cell], _ columns: [Column]) -> JSON {
        .object(zip(columns, cells).map { ($0.name, JSON($1)) })
    }
}

/// JSON Lines: one compact object per row. A one-section report streams its rows alone; with
/// several sections every object also names its section (`"section"`: title, or its 1-based
/// number) so a stream can be split again. Bars and timelines give {label|period, value}, summaries
/// {key, value}, Markdown {text}.
struct JSONLinesRenderer {
    func render(_ report: Report) -> String {
        var out = ""
        let tagged = report.sections.count > 1
        for (n, section) in report.sections.enumerated() {
            let tag: [(String, JSON)] = tagged ? [("section", section.title.map(JSON.string) ?? .int(n + 1))] : []
            for row in rows(section.content) {
                guard case .object(let fields) = row else { continue }
                out += JSON.object(tag + fields).write(pretty: false) + "\n"
            }
        }
        return out
    }

    func rows(_ content: Section.Content) -> [JSON] {
        switch content {
        case .table(let t): return t.displayRows.map { JSONRenderer.row($0, t.columns) }
        case .bars(let b): return b.bars.map { .object([("label", .string($0.label)), ("value", .double($0.value))]) }
        case .timeline(let t): return t.points.map { .object([("period", .string($0.period)), ("value", .double($0.value))]) }
        case .summary(let items): return items.map { .object([("key", .string($0.key)), ("value", JSON($0.value))]) }
        case .markdown(let text): return [.object([("text", .string(text))])]
        }
    }
}
