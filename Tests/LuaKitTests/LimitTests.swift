import Testing
@testable import LuaKit

@Suite struct LimitTests {
    @Test func instructionLimitStopsAnInfiniteLoop() throws {
        let vm = try LuaVM()
        vm.setInstructionLimit(100_000)
        let error = #expect(throws: LuaError.self) { try vm.run("while true do end", name: "loop.lua") }
        #expect(error?.kind == .limit(.instructions))
    }

    @Test func pcallCannotSwallowALimit() throws {
        let vm = try LuaVM()
        vm.setInstructionLimit(100_000)
        let error = #expect(throws: LuaError.self) {
            try vm.run("""
                for i = 1, 100 do pcall(function() while true do end end) end
                return 'escaped'
                """, name: "swallow.lua")
        }
        #expect(error?.kind == .limit(.instructions))
    }

    @Test func deadlineStopsAnInfiniteLoop() throws {
        let vm = try LuaVM()
        vm.setDeadline(seconds: 0.2)
        let error = #expect(throws: LuaError.self) { try vm.run("while true do end") }
        #expect(error?.kind == .limit(.deadline))
    }

    @Test func memoryCapRefusesGrowth() throws {
        let vm = try LuaVM(options: .init(memoryLimit: 8 << 20))
        let error = #expect(throws: LuaError.self) {
            try vm.run("local s = 'x' while true do s = s .. s end", name: "bomb.lua")
        }
        #expect(error?.kind == .limit(.memory))
        #expect(vm.memoryUsed <= 8 << 20)
    }

    @Test func memoryCapCannotBeSwallowedByPcall() throws {
        let vm = try LuaVM(options: .init(memoryLimit: 8 << 20))
        let error = #expect(throws: LuaError.self) {
            try vm.run("""
                local t = {}
                pcall(function() while true do t[#t + 1] = {} end end)
                t = nil
                return 'survived'
                """, name: "bomb.lua")
        }
        #expect(error?.kind == .limit(.memory))
    }

    @Test func resetAfterALimitLetsTheStateRunAgain() throws {
        let vm = try LuaVM()
        vm.setInstructionLimit(50_000)
        #expect(throws: LuaError.self) { try vm.run("while true do end") }
        vm.resetLimits()
        #expect(try vm.run("return 1 + 1") == [.integer(2)])
    }

    @Test func interruptStopsRunningCode() throws {
        let vm = try LuaVM()
        try vm.setGlobal("stop") { s in
            s.vm.interrupt()
            return 0
        }
        let error = #expect(throws: LuaError.self) { try vm.run("stop() while true do end") }
        #expect(error?.kind == .limit(.interrupt))
    }
}
