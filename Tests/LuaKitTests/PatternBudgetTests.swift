import Testing
import LuaKit

/// Backtracking patterns run in C, where the count hook never fires: the shim's matcher counts
/// its steps, so the instruction budget and the deadline stop them inside the process.
@Suite struct PatternBudgetTests {
    /// Exponential backtracking: 40 `a*` items against 40 a's with no `b` to end on.
    static let attacks = [
        "return string.find(('a'):rep(40), ('a*'):rep(40) .. 'b')",
        "return (('a'):rep(40)):match(('a*'):rep(40) .. 'b')",
        "for _ in (('x'):rep(30)):gmatch(('x-'):rep(30) .. 'y') do end",
        "return (('a'):rep(40)):gsub(('a*'):rep(40) .. 'b', '')",
        "return pcall(string.find, ('a'):rep(40), ('a*'):rep(40) .. 'b'), 'escaped'",
    ]

    @Test(arguments: attacks) func instructionBudgetStopsBacktracking(_ source: String) throws {
        for libraries in [LuaLibraries.sandboxed, .trusted] {
            let vm = try LuaVM(options: .init(libraries: libraries))
            vm.setInstructionLimit(5_000_000)
            let error = #expect(throws: LuaError.self) { try vm.run(source, name: "p.lua") }
            #expect(error?.kind == .limit(.instructions))
        }
    }

    @Test func deadlineStopsBacktracking() throws {
        let vm = try LuaVM()
        vm.setDeadline(seconds: 0.2)
        let error = #expect(throws: LuaError.self) { try vm.run(Self.attacks[0], name: "p.lua") }
        #expect(error?.kind == .limit(.deadline))
    }

    @Test func interruptStopsBacktracking() throws {
        let vm = try LuaVM()
        vm.interrupt()
        let error = #expect(throws: LuaError.self) { try vm.run(Self.attacks[1], name: "p.lua") }
        #expect(error?.kind == .limit(.interrupt))
    }

    @Test func patternsStillMatchAsLuaDoes() throws {
        let vm = try LuaVM()
        let out = try vm.run("""
            local t = {}
            for k, v in ('a=1, bb=22'):gmatch('(%w+)=(%d+)') do t[#t + 1] = k .. v end
            return select(2, ('hello world'):gsub('o', '0')), ('key = value'):match('^(%w+)%s*=%s*(%w+)$'),
              ('f(a(b)c)'):find('%b()'), table.concat(t, ','), ('x.y'):find('.', 1, true), ('THE (quick) fox'):gsub('%f[%a]%a+', string.lower)
            """, name: "ok.lua")
        // Lua keeps one value of every call but the last.
        #expect(out == [.integer(2), .string("key"), .integer(2), .string("a1,bb22"), .integer(2),
                        .string("the (quick) fox"), .integer(3)])
    }
}
