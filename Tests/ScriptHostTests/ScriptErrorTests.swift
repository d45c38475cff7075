import LuaKit
import Testing
@testable import ScriptHost

@Suite struct ScriptErrorTests {
    @Test func errorInAHookNamesScriptLineHookAndRelease() throws {
        let inputs = Paths.files(Paths.australia, 4)
        let host = try makeHost(inputs)
        let error = #expect(throws: ScriptHostError.self) {
            try host.runScript(source: """
                local n = 0
                function Release(r)
                  n = n + 1
                  if n == 3 then return r.nothing.place end
                end
                """, name: "scripts/report.lua")
        }
        let third = try releaseIDs(inputs)[2]
        #expect(error?.message == """
            scripts/report.lua:4: Release has no member 'nothing' (`pranalyze docs Release` lists them)
              in hook Release while processing \(third)
            """)
        #expect(error?.traceback?.contains("scripts/report.lua:4: in function 'Release'") == true)
    }

    @Test func errorInParagraphHookAndInitAndFinish() throws {
        let host = try makeHost([Paths.seed])
        let paragraph = #expect(throws: ScriptHostError.self) {
            try host.runScript(source: "return { Paragraph = function(p, r) if p.index == 2 then error('bad paragraph ' .. p.index) end end }",
                               name: "p.lua")
        }
        #expect(paragraph?.message == "p.lua:1: bad paragraph 2\n  in hook Paragraph while processing \(Paths.seed)")
        let initError = #expect(throws: ScriptHostError.self) {
            try host.runScript(source: "return { init = function() local t = nil; return t.x end }", name: "i.lua")
        }
        #expect(initError?.message == "i.lua:1: attempt to index a nil value (local 't')\n  in init")
        let finishError = #expect(throws: ScriptHostError.self) {
            try host.runScript(source: "return { finish = function() return 1 + {} end }", name: "f.lua")
        }
        #expect(finishError?.message.hasPrefix("f.lua:1: attempt to perform arithmetic on a table value") == true)
        #expect(finishError?.message.hasSuffix("\n  in finish") == true)
    }

    @Test func typeErrorsFromTheAPIReadLikeLuasOwn() throws {
        let host = try makeHost([Paths.seed])
        let error = #expect(throws: ScriptHostError.self) {
            try host.runScript(source: "return { Release = function(r) pr.parse(nil) end }", name: "t.lua")
        }
        #expect(error?.message == "t.lua:1: bad argument #1 to 'parse' (string expected, got nil)\n  in hook Release while processing \(Paths.seed)")
    }
}
