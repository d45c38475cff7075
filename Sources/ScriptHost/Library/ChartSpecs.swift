import LuaKit
import Report

/// `pr.report.bars{…}`, `timeline{…}`, `summary{…}` and `markdown(…)` → sections.
enum ChartSpecs {
    /// Pairs from `data`: a list of `{label, value}` pairs or `{label=, value=}` / `{key=, count=}`
    /// records (so `pr.stats.top` and `histogram` results work as is), a map `{label = value}`, or a
/// `Counter` (largest count first).
    /// Returns the pairs and whether they came from a map (no meaningful order).
    static func pairs(_ spec: Spec, field: String, labelKeys: [String], valueKeys: [String]) throws -> ([(String, Cell)], Bool) {
        let s = spec.s
        let type = spec.push(field)
        defer { s.pop() }
        if type == .userdata, let counter = try s.object(at: -1) as? Counter {
            return (counter.tally.top(nil).map { ($0.key.description, Cell.number($0.count)) }, false)
        }
        guard type == .table else {
            throw SpecError("field '\(field)' must be a table, got \(s.describe(at: -1))")
        }
        let t = s.top
        var out: [(String, Cell)] = []
        if !s.isList(at: t) {
            try s.forEachEntry(of: t) { k, v in
                do { out.append((try s.keptLabel(at: k), try s.cell(at: v))) } catch let e as SpecError {
                    throw SpecError("\(field)['\(s.label(at: k))']: \(e.message)")
                }
            }
            return (out, true)
        }
        for i in stride(from: 1, through: s.rawLength(at: t), by: 1) {
            s.rawGet(i, at: t)
            defer { s.pop() }
            guard s.type(at: -1) == .table else {
                throw SpecError("\(field)[\(i)] must be a {label, value} pair, got \(s.describe(at: -1))")
            }
            let item = s.top
            func first(_ keys: [String], _ position: Int) -> Bool {
                for k in keys {
                    if s.rawGet(k, at: item) != .nil { return true }
                    s.pop()
                }
                return s.rawGet(position, at: item) != .nil
            }
            guard first(labelKeys, 1) else { s.pop(); throw SpecError("\(field)[\(i)] has no \(labelKeys[0])") }
            let label = try s.keptLabel(at: -1)
            s.pop()
            _ = first(valueKeys, 2)
            defer { s.pop() }
            do { out.append((label, try s.cell(at: -1))) } catch let e as SpecError {
                throw SpecError("\(field)[\(i)]: \(e.message)")
            }
        }
        return (out, false)
    }

    static func numeric(_ pairs: [(String, Cell)], _ field: String) throws -> [(String, Double)] {
        try pairs.map { label, cell in
            guard let n = cell.number else { throw SpecError("\(field) '\(label)': number expected, got \(cell.luaType)") }
            return (label, n)
        }
    }

    static func bars(_ spec: Spec) throws -> Section {
        let field = spec.push("data") != .nil ? "data" : "rows"
        spec.s.pop()
        let (raw, fromMap) = try pairs(spec, field: field, labelKeys: ["label", "key"], valueKeys: ["value", "count"])
        var bars = try numeric(raw, "bar").map { BarChart.Bar($0.0, $0.1) }
        let order = try spec.string("sort") ?? (fromMap ? "value" : "none")
        switch order {
        case "value": bars = bars.enumerated().sorted { a, b in
            a.element.value != b.element.value ? a.element.value > b.element.value
                : (fromMap ? a.element.label < b.element.label : a.offset < b.offset)
        }.map(\.element)
        case "label": bars.sort { $0.label < $1.label }
        case "none": break
        default: throw SpecError("field 'sort' must be \"value\", \"label\" or \"none\", got '\(order)'")
        }
        if let limit = try spec.integer("limit") {
            guard limit >= 0 else { throw SpecError("field 'limit' must not be negative") }
            bars = Array(bars.prefix(limit))
        }
        let (labelName, valueName) = try spec.headers(default: ("label", "value"))
        return Section(title: try spec.string("title"), .bars(BarChart(bars, labelName: labelName, valueName: valueName)))
    }

    static func timeline(_ spec: Spec) throws -> Section {
        let s = spec.s
        let byName = try spec.string("by") ?? "month"
        guard let by = Timeline.Granularity(rawValue: byName) else {
            throw SpecError("field 'by' must be day, week, month or year; got '\(byName)'")
        }
        let fill = try spec.boolean("fill", default: true)
        var values: [(date: String, value: Double)] = []
        var counting = false
        if spec.push("dates") != .nil {
            defer { s.pop() }
            counting = true
            guard s.type(at: -1) == .table else { throw SpecError("field 'dates' must be a list of dates, got \(s.describe(at: -1))") }
            let t = s.top
            for i in stride(from: 1, through: s.rawLength(at: t), by: 1) {
                s.rawGet(i, at: t)
                values.append((s.type(at: -1) == .string ? try s.keptLabel(at: -1) : "", 1)) // a non-string counts as an unreadable date
                s.pop()
            }
        } else {
            s.pop()
            guard spec.push("data") != .nil else {
                s.pop()
                throw SpecError("give 'dates' (a list of dates to count) or 'data' ({date, value} pairs or a {date = value} map)")
            }
            s.pop()
            let (raw, _) = try pairs(spec, field: "data", labelKeys: ["date", "period", "label"], valueKeys: ["value", "count"])
            values = try numeric(raw, "date").map { (date: $0.0, value: $0.1) }
        }
        let (labelName, valueName) = try spec.headers(default: (by.rawValue, counting ? "count" : "value"))
        var timeline = Timeline(bucketing: values, by: by, fill: fill, valueName: valueName)
        timeline.labelName = labelName
        return Section(title: try spec.string("title"), .timeline(timeline))
    }

    /// Items from `items`, or the spec's own list part: `{ {"Releases", 12}, … }`; a map is
    /// sorted by key.
    static func summary(_ spec: Spec) throws -> Section {
        let s = spec.s
        let title = try spec.string("title")
        let hasItems = spec.push("items") != .nil
        s.pop()
        var items: [SummaryItem]
        if hasItems {
            let (raw, fromMap) = try pairs(spec, field: "items", labelKeys: ["key", "label"], valueKeys: ["value"])
            items = raw.map { SummaryItem($0.0, $0.1) }
            if fromMap { items.sort { $0.key < $1.key } }
        } else {
            s.newTable()
            let list = s.top
            for i in stride(from: 1, through: s.rawLength(at: spec.index), by: 1) {
                s.append(at: list) { s.rawGet(i, at: spec.index) }
            }
            s.newTable()
            s.setField("items") { s.pushValue(at: list) }
            defer { s.pop(2) }
            let (raw, _) = try pairs(Spec(s, at: -1), field: "items", labelKeys: ["key", "label"], valueKeys: ["value"])
            items = raw.map { SummaryItem($0.0, $0.1) }
        }
        return Section(title: title, .summary(items))
    }

    /// `markdown("text")` or `markdown{ title = …, text = … }`.
    static func markdown(_ s: LuaStack, at i: Int) throws -> Section {
        if let text = s.string(at: i) { try s.charge(text.utf8.count); return Section(.markdown(text)) }
        guard s.type(at: i) == .table else { throw SpecError("string or {title, text} table expected, got \(s.describe(at: i))") }
        let spec = Spec(s, at: i)
        guard let text = try spec.string("text") else { throw SpecError("field 'text' is missing") }
        return Section(title: try spec.string("title"), .markdown(text))
    }
}
