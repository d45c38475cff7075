import LuaKit
import Report

/// The Swift side of a Lua `Report` handle: a report being assembled by a script.
final class ReportBox {
    var report: Report
    /// The cells' memory, held against `--max-memory` while the script keeps the report.
    var held: LuaHeldMemory?
    init(_ report: Report) { self.report = report }

    /// Holds what the running host call charged since `before` (the cells it copied).
    func hold(since before: Int, on s: LuaStack) throws -> ReportBox {
        if held == nil { held = s.heldMemory() }
        try held!.hold(s.hostCharged - before, on: s)
        return self
    }

    /// Appends another report's sections. A report that is one untitled section under a title
    /// (`pr.report.table{ title = … }` gives a titled section; `new{ title }` with one section
    /// the other) becomes one titled section, so nothing is lost.
    func append(_ other: Report) {
        var sections = other.sections
        if let title = other.title, sections.count == 1, sections[0].title == nil { sections[0].title = title }
        report.sections += sections
    }
}

/// `Report`: what `pr.report.*` builds and `finish()` returns.
enum ReportBinding {
    static func declare() -> LuaClass<ReportBox> {
        let c = LuaClass<ReportBox>("Report")
        c.property("title", "string?", cached: false, doc: "The report's title.") { s, r in s.push(r.report.title) }
        c.property("sections", "{kind: string, title: string?}[]", cached: false,
                   doc: "What the report holds: each section's kind (`table`, `bars`, `timeline`, `summary`, `markdown`) and title.") { s, r in
            s.pushList(r.report.sections.count) { i in
                let section = r.report.sections[i]
                s.newTable(fields: 2)
                s.setField("kind") { s.push(section.kind) }
                s.setField("title") { s.push(section.title) }
            }
        }
        c.method("add", "(...: Report|string) -> Report",
                 doc: "Appends sections: other reports (their sections, in order) or strings (Markdown text). Returns the report, so calls chain.") { s, r in
            for i in stride(from: 2, through: s.top, by: 1) {
                do { r.append(try ReportModule.section(s, at: i)) } catch let e as SpecError {
                    throw LuaArgumentError(i, e.message)
                }
            }
            s.pushValue(at: 1)
            return 1
        }
        c.method("render", "(format?: string) -> string",
                 doc: "The report as text: `table` (the default), `markdown`, `csv`, `json`, `jsonl` or `html`. Same as `pr.report.render(report, format)`.") { s, r in
            s.push(render(r.report, format: try ReportModule.format(s, arg: 2), colour: false))
            return 1
        }
        c.metamethod("__len") { s in
            s.push((try s.object(at: 1) as? ReportBox)?.report.sections.count ?? 0)
            return 1
        }
        c.metamethod("__tostring") { s in
            // print(report) in the REPL and in one-liners shows the terminal table.
            guard let r = try s.object(at: 1) as? ReportBox else { s.push("Report"); return 1 }
            var text = render(r.report, format: .table, colour: false)
            if text.hasSuffix("\n") { text.removeLast() }
            s.push(text)
            return 1
        }
        return c
    }
}
