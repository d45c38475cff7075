import LuaKit
import Report
import Testing
@testable import ScriptHost

@Suite struct ReportLuaTests {
    /// Runs `chunk` and reads the value it returns as a report.
    func report(_ chunk: String) throws -> Report {
        let vm = try Library.host().vm
        try vm.load(chunk, name: "test")
        try vm.call(arguments: 0, results: 1)
        defer { vm.stack.pop() }
        return try ReportReader.read(vm.stack, at: -1)
    }

    @Test func simplestFormWorksAsWritten() throws {
        let r = try report("""
            return pr.report.table{ title = "Quotes per speaker", columns = { "speaker", "quotes" }, rows = { { "Sergey Lavrov", 6 } } }
            """)
        #expect(render(r, format: .table) == """
            Quotes per speaker

            ┌───────────────┬────────┐
            │ speaker       │ quotes │
            ├───────────────┼────────┤
            │ Sergey Lavrov │      6 │
            └───────────────┴────────┘

            """)
        #expect(render(r, format: .csv) == "speaker,quotes\r\nSergey Lavrov,6\r\n")
    }

    @Test func typedColumnsRecordsSortAndLimit() throws {
        let r = try report("""
            return pr.report.table{
              columns = { "name", { name = "share", type = "percent", decimals = 0 }, { name = "n", align = "center" } },
              rows = { { "a", 0.5, 1 }, { name = "b", share = 0.25, n = 3 }, { "c", nil, 2 } },
              sort = "-n", limit = 2 }
            """)
        guard case .table(let t) = r.sections[0].content else { Issue.record("not a table"); return }
        #expect(t.columns.map(\.type) == [.string, .percent, .integer])
        #expect(t.columns[2].alignment == .center)
        #expect(t.displayRows == [["b", 0.25, 3], ["c", .null, 2]])
        #expect(render(r, format: .markdown).contains("| b | 25% | 3 |"))
    }

    @Test func severalSections() throws {
        let r = try report("""
            local t = pr.report.table{ title = "Speakers", columns = { "speaker", "quotes" }, rows = pr.stats.top({ Lavrov = 6, Tillerson = 2 }) }
            local report = pr.report.new{ title = "Digest", t }
            report:add(pr.report.bars{ title = "Agencies", data = { EIRNS = 3, Kremlin = 12 } },
                       pr.report.timeline{ title = "Per week", by = "week", dates = { "2017-11-08", "2017-11-20", "n/a" } })
                  :add(pr.report.summary{ title = "Totals", { "Releases", 15 }, { "Mean words", 412.5 } })
                  :add("Counted by **pranalyze**.")
            assert(#report == 5 and report.title == "Digest" and report.sections[3].kind == "timeline")
            return report
            """)
        #expect(r.title == "Digest")
        #expect(r.sections.map(\.kind) == ["table", "bars", "timeline", "summary", "markdown"])
        #expect(r.sections.map(\.title) == ["Speakers", "Agencies", "Per week", "Totals", nil])
        guard case .bars(let b) = r.sections[1].content, case .timeline(let tl) = r.sections[2].content else {
            Issue.record("wrong sections"); return
        }
        #expect(b.bars == [.init("Kremlin", 12), .init("EIRNS", 3)]) // a map is sorted by value
        #expect(tl.points == [.init("2017-W45", 1), .init("2017-W46", 0), .init("2017-W47", 1)])
        #expect(tl.skipped == 1)
        let text = render(r, format: .table)
        #expect(text.hasPrefix("Digest\n\nSpeakers\n┌"))
        #expect(text.contains("│ Lavrov    │      6 │"))
    }

    @Test func barsFromACounterOrHistogram() throws {
        let r = try report("""
            local c = pr.stats.counter()
            for _, w in ipairs(pr.text.words("b a b c b a")) do c:add(w) end
            return pr.report.new{ pr.report.bars{ title = "Words", data = c, columns = { "word", "n" } },
                                  pr.report.bars{ title = "Spread", data = pr.stats.histogram({ 1, 2, 9 }, { bins = 2 }) } }
            """)
        guard case .bars(let words) = r.sections[0].content, case .bars(let spread) = r.sections[1].content else {
            Issue.record("not bars"); return
        }
        #expect(words.bars == [.init("b", 3), .init("a", 2), .init("c", 1)])
        #expect(render(Report(r.sections[0]), format: .csv) == "word,n\r\nb,3\r\na,2\r\nc,1\r\n")
        #expect(spread.bars == [.init("1–5", 2), .init("5–9", 1)])
    }

    @Test func renderFromLuaAndTostring() throws {
        let out = try Library.eval("""
            local t = pr.report.table{ columns = { "a", "b" }, rows = { { "x,y", 1 } } }
            return pr.report.render(t, "csv"), t:render("jsonl"), tostring(pr.report.markdown("# hi")), table.concat(pr.report.formats, ",")
            """)
        #expect(out == [.string("a,b\r\n\"x,y\",1\r\n"), .string("{\"a\":\"x,y\",\"b\":1}\n"), .string("# hi"),
                        .string("table,markdown,csv,json,jsonl,html")])
    }

    @Test func readerAcceptsStringsSpecsAndLists() throws {
        #expect(try report("return 'Just *text*'") == Report(Section(.markdown("Just *text*"))))
        let spec = try report("return { columns = { 'k', 'v' }, rows = { { 'a', 1 } } }")
        #expect(render(spec, format: .csv) == "k,v\r\na,1\r\n")
        let list = try report("return { pr.report.markdown('one'), 'two', title = 'Both' }")
        #expect(list.sections.count == 2 && list.title == "Both")
        let fields = try report("return pr.report.new{ title = 'T', 'first', sections = { 'second', 'third' } }")
        #expect(fields.sections.map(\.content) == [.markdown("first"), .markdown("second"), .markdown("third")])
        #expect(throws: ReportReader.ReadError.self) { try report("return nil") }
        #expect(throws: ReportReader.ReadError.self) { try report("return 42") }
        #expect(throws: ReportReader.ReadError.self) { try report("return { columns = {} }") }
    }

    @Test func specErrorsNameTheProblem() throws {
        #expect(try Library.error("pr.report.table{ rows = {} }") == "test:1: bad argument #1 to 'table' (field 'columns' must be a list of column names or {name, type, align} tables, got nil)")
        #expect(try Library.error("pr.report.table{ columns = {'a', {name = 'n', type = 'integer'}}, rows = { {'x', 'y'} } }")
            == "test:1: bad argument #1 to 'table' (row 1, column 'n': integer expected, got string)")
        #expect(try Library.error("pr.report.table{ columns = {'a'}, rows = {}, sort = '-b' }") == "test:1: bad argument #1 to 'table' (sort: no column named 'b')")
        #expect(try Library.error("pr.report.table{ columns = {'a'}, rows = { x = 1 } }")
            == "test:1: bad argument #1 to 'table' (field 'rows' must be a list of rows, got a table with other keys (for a {key = count} map, use pr.stats.top(map)))")
        #expect(try Library.error("pr.report.table{ columns = {'a', 'a'}, rows = {} }") == "test:1: bad argument #1 to 'table' (duplicate column name 'a')")
        #expect(try Library.error("pr.report.table{ columns = {{name = 'a', type = 'money'}}, rows = {} }")
            == "test:1: bad argument #1 to 'table' (column 'a': type must be one of string, integer, number, date, percent; got 'money')")
        #expect(try Library.error("pr.report.timeline{ by = 'hour', dates = {} }") == "test:1: bad argument #1 to 'timeline' (field 'by' must be day, week, month or year; got 'hour')")
        #expect(try Library.error("pr.report.bars{ data = { {'a', 'x'} } }") == "test:1: bad argument #1 to 'bars' (bar 'a': number expected, got string)")
        #expect(try Library.error("pr.report.render(pr.report.markdown('x'), 'xml')")
            == "test:1: bad argument #2 to 'render' (format must be one of table, markdown, csv, json, jsonl, html; got 'xml')")
        #expect(try Library.error("pr.report.new{ 42 }") == "test:1: bad argument #1 to 'new' (Report (from pr.report), string or table spec expected, got number)")
    }
}
