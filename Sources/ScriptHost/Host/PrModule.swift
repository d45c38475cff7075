import LuaKit
import PressRelease

/// The `pr` table scripts see: the corpus, parsing, and (with later modules) stats and reports.
enum PrModule {
    static let version = "0.1.0"

    static func make() -> LuaModule {
        let pr = LuaModule("pr", doc: "The pranalyze API: the corpus, the model, statistics and reports.")
        pr.since = "0.1.0"
        pr.field("version", "string", doc: "The pranalyze version.") { $0.push(version) }
        pr.function("releases", "() -> fun(): Release?",
                    doc: "Iterates the releases of the corpus given on the command line, in input order. Each call starts a new pass.",
                    example: "for r in pr.releases() do print(r.date, r.headline) end") { s in
            let host = s.host
            guard let pipeline = host.pipeline() else {
                s.push(function: { s in s.pushNil(); return 1 })
                return 1
            }
            var done = false
            s.push(function: { s in
                while let item = pipeline.next() {
                    switch item {
                    case .problem(let p): s.host.report(p)
                    case .release(let r):
                        s.host.consumed(r)
                        s.push(release: r)
                        s.vm.noteExternalMemory(r.source.bytes.count * 4)
                        return 1
                    }
                }
                if !done {
                    done = true
                    s.host.progress?.finished()
                    s.host.finishedPass(pipeline.summary)
                }
                s.pushNil()
                return 1
            })
            return 1
        }
        pr.function("parse", "(text: string, path?: string) -> Release",
                    doc: "Parses a string as a release (handy in the REPL and in tests).",
                    example: "local r = pr.parse('Headline\\n\\nWASHINGTON – Body.')") { s in
            let text = try s.checkString(1)
            let path = try s.optString(2) ?? "(string)"
            s.push(release: s.host.parser.parse(SourceDocument(path: path, text: text)))
            return 1
        }
        pr.function("json", "(value: any, pretty?: boolean) -> string",
                    doc: "Writes a model object or plain Lua value as JSON. Objects list their properties in the documented order; tables with keys 1…n become arrays, other tables objects with sorted keys.",
                    example: "print(pr.json({ n = #r.paragraphs, first = r.paragraphs[1] }, true))") { s in
            if s.top < 1 { throw s.typeError(1, expected: "value") }
            try LuaJSON.push(s, at: 1, options: .init(pretty: s.boolean(at: 2)))
            return 1
        }
        pr.add(CuesModule.make())
        pr.add(TimeModule.make())
        pr.add(PeopleModule.make())
        pr.add(StatsModule.make())
        pr.add(TextModule.make())
        pr.add(ReportModule.make())
        return pr
    }
}
