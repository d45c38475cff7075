import LuaKit
import PressRelease
import Testing
@testable import ScriptHost

@Suite struct CuesTests {
    @Test func changesReachTheParserOfLaterPasses() throws {
        let host = try makeHost([Paths.seed])
        #expect(try eval(host, "pr.cues.has('say')") == .boolean(true))
        try host.runScript(source: """
            pr.cues.add('harrumph')
            removed = pr.cues.remove('say')
            again = pr.cues.remove('say')
            """, name: "cues.lua")
        #expect(try eval(host, "removed") == .boolean(true))
        #expect(try eval(host, "again") == .boolean(false))
        let listed = try eval(host, "pr.cues.list()").array.compactMap(\.string)
        #expect(listed.contains("harrumph") && !listed.contains("say") && listed == listed.sorted())
        guard case .release(let r)? = host.context.pipeline()?.next() else {
            Issue.record("no release parsed")
            return
        }
        #expect(r.cues.contains(lemma: "harrumph"))
        #expect(!r.cues.contains(lemma: "say"))
        #expect(r.cues == CueLexicon.default.adding("harrumph").removing("say"))
    }

    @Test func explicitFormsAndBadArguments() throws {
        let host = try makeHost([Paths.seed])
        try host.runScript(source: "pr.cues.add('Go On Record', { 'went on record' })", name: "forms.lua")
        #expect(host.context.parser.cues.entries["go on record"]?.forms == ["go on record", "went on record"])
        let error = #expect(throws: ScriptHostError.self) { try host.runScript(source: "pr.cues.add('x', { 1 })", name: "bad.lua") }
        #expect(error?.message == "bad.lua:1: bad argument #2 to 'add' (forms[1] is not a string)")
        let empty = #expect(throws: ScriptHostError.self) { try host.runScript(source: "pr.cues.add('  ')", name: "bad.lua") }
        #expect(empty?.message == "bad.lua:1: bad argument #1 to 'add' (empty cue)")
    }
}
