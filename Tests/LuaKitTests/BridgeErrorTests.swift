import Testing
@testable import LuaKit

@Suite struct BridgeErrorTests {
    @Test func luaErrorSurfacesInSwiftWithLineAndTraceback() throws {
        let vm = try LuaVM()
        let error = #expect(throws: LuaError.self) {
            try vm.run("local x = 1\nlocal function inner() error('boom') end\ninner()", name: "script.lua")
        }
        #expect(error?.kind == .runtime)
        #expect(error?.message == "script.lua:2: boom")
        #expect(error?.traceback?.hasPrefix("stack traceback:") == true)
        #expect(error?.traceback?.contains("script.lua:3: in main chunk") == true)
        #expect(error?.traceback?.contains("in local 'inner'") == true)
    }

    @Test func syntaxErrorsAreReportedAsSuch() throws {
        let vm = try LuaVM()
        let error = #expect(throws: LuaError.self) { try vm.run("x = = 1", name: "bad.lua") }
        #expect(error?.kind == .syntax)
        #expect(error?.message.hasPrefix("bad.lua:1:") == true)
    }

    @Test func swiftErrorRaisesInLuaAndPcallCatchesIt() throws {
        struct Failure: Error, CustomStringConvertible { var description: String { "disk on fire" } }
        let vm = try LuaVM()
        try vm.setGlobal("fail") { _ in throw Failure() }
        let result = try vm.run("""
            local ok, err = pcall(function() fail() end)
            return ok, err
            """, name: "catch.lua")
        #expect(result == [.boolean(false), .string("catch.lua:1: disk on fire")])
    }

    @Test func uncaughtSwiftErrorBecomesALuaErrorWithTraceback() throws {
        let vm = try LuaVM()
        try vm.setGlobal("fail") { _ in throw LuaRawError("plain message") }
        let error = #expect(throws: LuaError.self) { try vm.run("\nfail()", name: "x.lua") }
        #expect(error?.message == "plain message")
        #expect(error?.traceback?.contains("x.lua:2: in main chunk") == true)
    }

    @Test func argumentErrorsReadLikeLuasOwn() throws {
        let vm = try LuaVM()
        try vm.setGlobal("top") { s in
            try s.checkTable(1)
            return 0
        }
        let error = #expect(throws: LuaError.self) { try vm.run("top(nil)", name: "a.lua") }
        #expect(error?.message == "a.lua:1: bad argument #1 to 'top' (table expected, got nil)")
    }

    @Test func hostFunctionsReceiveArgumentsAndReturnResults() throws {
        let vm = try LuaVM()
        try vm.setGlobal("join") { s in
            let a = try s.checkString(1), b = try s.checkInteger(2)
            s.push("\(a)-\(b)")
            s.push(b * 2)
            return 2
        }
        #expect(try vm.run("return join('x', 21)") == [.string("x-21"), .integer(42)])
    }

    @Test func luaErrorInsideNestedCallbackPropagatesToOuterScript() throws {
        let vm = try LuaVM()
        try vm.setGlobal("apply") { s in
            s.pushValue(at: 1)
            try s.vm.call(arguments: 0, results: 1)
            return 1
        }
        let error = #expect(throws: LuaError.self) {
            try vm.run("return apply(function() error('inner failure') end)", name: "n.lua")
        }
        #expect(error?.message == "n.lua:1: inner failure")
    }
}
