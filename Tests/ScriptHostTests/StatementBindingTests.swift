import Foundation
import Testing
@testable import ScriptHost

/// `r.attributions`, the `Statement` hook and `Person.statements` through the Lua API.
@Suite struct StatementBindingTests {
    func run(_ chunk: String) throws -> [String] {
        let host = try ScriptHost()
        host.addInputs([SpeechBindingTests.seed])
        let vm = host.vm
        try vm.load("local out = {}\n" + chunk + "\nreturn table.concat(out, '\\n')", name: "t.lua")
        try vm.call(arguments: 0, results: 1)
        defer { vm.stack.pop() }
        return (vm.stack.string(at: -1) ?? "").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func attributionsHoldQuotesAndReportedSpeechWithSpeakers() throws {
        let lines = try run("""
            for r in pr.releases() do
              for _, st in ipairs(r.attributions) do
                out[#out + 1] = table.concat({ st.kind, st.rule, st.speaker and st.speaker.name or "-", st.cue or "-",
                                               tostring(st.line), tostring(st.paragraph.index), st.text:sub(1, 30) }, "|")
              end
            end
            """)
        #expect(lines.filter { $0.hasPrefix("direct|quote|Sergey Lavrov|") }.count == 6)
        #expect(lines.contains { $0.hasPrefix("indirect|reported.verb|Sergey Lavrov|say|") && $0.hasSuffix("Russian President Vladimir Put") })
    }

    @Test func statementHookAndPersonStatementsAgree() throws {
        let host = try makeHost([SpeechBindingTests.seed])
        let script = """
            local n, kinds = 0, {}
            return {
              Statement = function(st, r) n = n + 1; kinds[st.kind] = (kinds[st.kind] or 0) + 1 end,
              Person = function(p, r) if p.name == "Sergey Lavrov" then kinds.lavrov = #p.statements; kinds.same = tostring(p.statements[1].speaker == p) end end,
              finish = function() return string.format("%d %d %d %s %s", n, kinds.direct or 0, kinds.indirect or 0, kinds.lavrov, kinds.same) end,
            }
            """
        let result = try host.runScript(source: script, name: "statements.lua")
        guard case .text(let out) = result else { Issue.record("no text result: \(result)"); return }
        let parts = out.split(separator: " ").map(String.init)
        #expect(parts.count == 5)
        guard parts.count == 5 else { return }
        #expect(parts[1] == "6")
        #expect(Int(parts[2]) ?? 0 >= 2)
        #expect(Int(parts[0]) == Int(parts[3]))  // every statement of the seed is Lavrov's
        #expect(parts[4] == "true")
    }
}
