import LuaKit
import Report

/// `pr.report`: building reports in scripts and rendering them.
enum ReportModule {
    static func make() -> LuaModule {
        let m = LuaModule("report", doc: "Reports: tables with typed columns, bar charts, timelines, key–value summaries and Markdown text. Each constructor returns a `Report`; combine several with `pr.report.new{ title = …, a, b }` or `report:add(section)`. Return a report from `finish()` and pranalyze renders it in the `--format` asked for (an aligned terminal table by default; also markdown, csv, json, jsonl, html).")
        m.function("new", "(spec?: string|{title?: string, sections?: (Report|string)[], [integer]: Report|string}) -> Report",
                   doc: "A report with a title and sections: the spec's list items (reports or Markdown strings), in order, then those of its `sections` field if given. More sections can be added with `report:add(…)`.",
                   example: "local report = pr.report.new{ title = \"Quotes\", by_speaker, per_month }\nreport:add(\"Counted by pranalyze.\")") { s in
            let box = ReportBox(Report())
            if let title = s.string(at: 1) {
                box.report.title = title
            } else if s.type(at: 1) == .table {
                let spec = Spec(s, at: 1)
                do {
                    box.report.title = try spec.string("title")
                    try appendItems(s, of: 1, to: box)
                    if spec.push("sections") == .table { try appendItems(s, of: s.top, to: box) }
                    s.pop()
                } catch let e as SpecError { throw LuaArgumentError(1, e.message) }
            } else if !s.isNil(at: 1) {
                throw s.typeError(1, expected: "string or table")
            }
            s.vm.push(box, as: s.library.report)
            return 1
        }
        m.function("table", "(spec: {title?: string, columns: (string|{name: string, type?: string, align?: string, decimals?: integer})[], rows: table[], sort?: string|string[], limit?: integer}) -> Report",
                   doc: "A table. `columns` are names, or tables with `name`, `type` (`string`, `integer`, `number`, `date`, `percent`: a fraction shown as 25.0%), `align` (`left`, `right`, `center`) and `decimals`; without a type it is inferred from the values. `rows` are lists in column order or records keyed by column name. `sort` names columns, `-` first for descending (`\"-quotes\"` or `{ \"-quotes\", \"speaker\" }`); ties keep row order and nils go last. `limit` shows the first rows only.",
                   example: "return pr.report.table{ title = \"Quotes per speaker\", columns = { \"speaker\", \"quotes\" },\n  rows = { { \"Sergey Lavrov\", 6 } }, sort = \"-quotes\" }") { s in
            try build(s) { try TableSpec.read($0) }
        }
        m.function("bars", "(spec: {title?: string, data: table, columns?: string[], sort?: string, limit?: integer}) -> Report",
                   doc: "A horizontal bar chart. `data` is a map `{label = value}` or a `Counter` (sorted by value, largest first), or a list of `{label, value}` pairs or records with `label`/`key` and `value`/`count` (kept in order), such as `pr.stats.top` and `pr.stats.histogram` results. `sort` = `\"value\"`, `\"label\"` or `\"none\"`; `columns` names the label and value where the chart is written as a table.",
                   example: "pr.report.bars{ title = \"Releases per agency\", data = pr.stats.top(agencies, 10) }") { s in
            try build(s) { try ChartSpecs.bars($0) }
        }
        m.function("timeline", "(spec: {title?: string, by?: string, dates?: string[], data?: table, fill?: boolean, columns?: string[]}) -> Report",
                   doc: "Values over time, per `by` = `day`, `week` (ISO weeks, `2017-W45`), `month` (the default) or `year`. Give `dates` (a list of `YYYY-MM-DD` dates: each counts one) or `data` (`{date, value}` pairs or a `{[date] = value}` map: values are summed per period). Periods without data between the first and the last are shown as 0 unless `fill = false`. Unreadable dates are left out and reported.",
                   example: "local dates = {}\nfor r in pr.releases() do dates[#dates + 1] = r.date end\nreturn pr.report.timeline{ title = \"Releases per month\", dates = dates }") { s in
            try build(s) { try ChartSpecs.timeline($0) }
        }
        m.function("summary", "(spec: {title?: string, items?: table, [integer]: {string, any}}) -> Report",
                   doc: "Key–value lines: `{ {\"Releases\", 12}, {\"Words\", 3400} }` in order (in the spec itself or in `items`), or a map in `items` (sorted by key).",
                   example: "pr.report.summary{ title = \"Corpus\", { \"Releases\", n }, { \"Mean words\", pr.stats.mean(words) } }") { s in
            try build(s) { try ChartSpecs.summary($0) }
        }
        m.function("markdown", "(text: string|{title?: string, text: string}) -> Report",
                   doc: "Free Markdown text (headings, lists, emphasis, `code`, links); written as is in text formats and converted to HTML in html.",
                   example: "pr.report.markdown(\"Quotes were counted in **\" .. n .. \"** releases.\")") { s in
            do {
                s.vm.push(ReportBox(Report(try ChartSpecs.markdown(s, at: 1))), as: s.library.report)
            } catch let e as SpecError { throw LuaArgumentError(1, e.message) }
            return 1
        }
        m.function("render", "(report: Report|string|table, format?: string, colour?: boolean) -> string",
                   doc: "The report as text in `format`: `table` (the default), `markdown`, `csv`, `json`, `jsonl` or `html`. `colour` adds ANSI colours to the terminal table. Accepts what `finish()` may return: a report, a string, or a table spec.",
                   example: "print(pr.report.render(report, \"markdown\"))") { s in
            let report: Report
            do { report = try section(s, at: 1, allowLists: true) } catch let e as SpecError { throw LuaArgumentError(1, e.message) }
            let text = render(report, format: try format(s, arg: 2), colour: s.boolean(at: 3))
            try s.charge(text.utf8.count) // the Lua string it becomes
            s.push(text)
            return 1
        }
        m.field("formats", "string[]", doc: "The names of the output formats.") { s in
            s.pushList(ReportFormat.allCases.count) { s.push(ReportFormat.allCases[$0].rawValue) }
        }
        return m
    }

    /// Builds a one-section report from the spec table in argument 1.
    static func build(_ s: LuaStack, _ read: (Spec) throws -> Section) throws -> Int {
        try s.checkTable(1)
        do {
            let before = s.hostCharged
            let box = ReportBox(Report(try read(Spec(s, at: 1))))
            s.vm.push(try box.hold(since: before, on: s), as: s.library.report)
        } catch let e as SpecError {
            throw LuaArgumentError(1, e.message)
        }
        return 1
    }

    /// A value as a report: a `Report` handle, a string (Markdown), a table spec; with
    /// `allowLists`, also a list of those.
    static func section(_ s: LuaStack, at i: Int, allowLists: Bool = false) throws -> Report {
        let i = s.absolute(i)
        switch s.type(at: i) {
        case .string: return Report(Section(.markdown(s.string(at: i)!)))
        case .userdata:
            if let box = try s.object(at: i) as? ReportBox { return box.report }
        case .table:
            if s.rawGet("columns", at: i) != .nil {
                s.pop()
                return Report(try TableSpec.read(Spec(s, at: i)))
            }
            s.pop()
            if allowLists && s.isList(at: i) {
                let box = ReportBox(Report(title: try Spec(s, at: i).string("title")))
                try appendItems(s, of: i, to: box)
                return box.report
            }
        default: break
        }
        throw SpecError("Report (from pr.report), string or table spec expected, got \(s.describe(at: i))")
    }

    /// Appends the list items of the table at `index` (reports or strings) as sections.
    static func appendItems(_ s: LuaStack, of index: Int, to box: ReportBox) throws {
        let t = s.absolute(index)
        for n in stride(from: 1, through: s.rawLength(at: t), by: 1) {
            s.rawGet(n, at: t)
            defer { s.pop() }
            box.append(try section(s, at: s.top))
        }
    }

    static func format(_ s: LuaStack, arg: Int) throws -> ReportFormat {
        guard let name = try s.optString(arg) else { return .table }
        guard let format = ReportFormat(rawValue: name) else {
            throw LuaArgumentError(arg, "format must be one of \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")); got '\(name)'")
        }
        return format
    }
}
