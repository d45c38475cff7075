import Foundation
import Testing
@testable import LuaKit

/// The sandbox's mechanics, generic (no pranalyze words): library sets, read-only tables, `require`.
@Suite struct SandboxTests {
    @Test func sandboxOpensOnlyTheSafeLibraries() throws {
        let vm = try LuaVM()
        let out = try vm.run("""
            return type(io), type(os), type(package), type(debug), type(dofile), type(loadfile),
                   type(string.dump), type(require), type(string), type(table), type(math), type(utf8),
                   type(coroutine)
            """)
        #expect(out.map(\.description) == ["nil", "nil", "nil", "nil", "nil", "nil", "nil", "nil",
                                           "table", "table", "table", "table", "table"])
    }

    @Test func trustedOpensIoOsAndPackageButNeverDebug() throws {
        let vm = try LuaVM(options: .init(libraries: .trusted))
        let out = try vm.run("return type(io.open), type(os.time), type(package.path), type(debug), type(string.dump)")
        #expect(out.map(\.description) == ["function", "function", "string", "nil", "function"])
        // The libraries stay read-only even for a trusted script: the host relies on them.
        let error = #expect(throws: LuaError.self) { try vm.run("string.upper = nil", name: "t.lua") }
        #expect(error?.message == "t.lua:1: attempt to modify read-only table 'string'")
    }

    @Test(arguments: [LuaLibraries.sandboxed, .trusted, .minimal])
    func xpcallHandlerCannotOutliveALimit(libraries: LuaLibraries) throws {
        // Lua runs the handler of an error raised by the hook with hooks off: it must be skipped.
        let vm = try LuaVM(options: .init(libraries: libraries))
        vm.setInstructionLimit(100_000)
        let error = #expect(throws: LuaError.self) {
            try vm.run("xpcall(function() while true do end end, function() while true do end end) return 'escaped'")
        }
        #expect(error?.kind == .limit(.instructions))
        vm.resetLimits()
        #expect(try vm.run("return select(2, xpcall(error, function(m) return 'handled ' .. m end, 'x', 0))")
                == [.string("handled x")])
    }

    @Test func minimalStateHasNoWayToReachOut() throws {
        let vm = try LuaVM(options: .init(libraries: .minimal))
        let out = try vm.run("return type(print), type(load), type(setmetatable), type(string), type(pairs)")
        #expect(out.map(\.description) == ["nil", "nil", "nil", "nil", "function"])
    }

    @Test func loadRefusesBinaryChunks() throws {
        let dumper = try LuaVM(options: .init(libraries: .all))
        let bytecode = try dumper.run("return string.dump(function() return 42 end)")
        let vm = try LuaVM()
        try vm.setGlobal("CODE") { $0.push(bytecode.first?.string) }
        let out = try vm.run("return load(CODE, 'x', 'b')")
        #expect(out.first == .nil)
        #expect(out.last?.string?.contains("attempt to load a binary chunk (mode is 't')") == true)
        #expect(try vm.run("return load('return 6 * 7')()") == [.integer(42)])
    }

    @Test func libraryTablesAreReadOnlyYetListable() throws {
        let vm = try LuaVM()
        let out = try vm.run("""
            local n = 0
            for k, v in pairs(string) do n = n + 1 end
            local k = next(math)
            return n > 10, k ~= nil, rawget(table, 'concat') == table.concat, #string, ('x'):rep(3)
            """)
        #expect(out == [.boolean(true), .boolean(true), .boolean(true), .integer(0), .string("xxx")])
        for attack in ["math.pi = 3", "rawset(math, 'pi', 3)", "table.insert(utf8, 1)", "coroutine.wrap = nil",
                       "setmetatable(string, nil)"] {
            #expect(throws: LuaError.self, "\(attack)") { try vm.run(attack) }
        }
        #expect(try vm.run("return math.pi > 3.14") == [.boolean(true)])
    }

    @Test func valueOfAReadOnlyTableReadsThrough() throws {
        let vm = try LuaVM()
        let math = try vm.global("math")
        #expect(math["floor"] == .opaque("function"))
    }

    @Test func moduleNamesMapToFilesOrAreRefused() {
        #expect(LuaModulePath.relativePath(for: "a.b.c") == "a/b/c.lua")
        #expect(LuaModulePath.relativePath(for: "report-kit_2") == "report-kit_2.lua")
        for bad in ["", "../../etc/x", "/etc/passwd", "a..b", ".a", "a.", "a/b", "a b", "ä", "a\0b", "~/x"] {
            #expect(LuaModulePath.relativePath(for: bad) == nil, "\(bad)")
        }
    }

    @Test func requireLoadsFromTheSearchPathOnceAndRefusesTheRest() throws {
        let dir = try TempDirectory()
        try dir.write("lib/greet.lua", "COUNT = (COUNT or 0) + 1\nreturn { hello = function(n) return 'hi ' .. n end }")
        try dir.write("loop.lua", "return require('loop')")
        let vm = try LuaVM()
        try vm.installRequire(LuaModulePath([dir.path + "/missing", dir.path]))
        let out = try vm.run("""
            local a = require('lib.greet'); local b = require('lib.greet')
            return a.hello('x'), a == b, COUNT
            """)
        #expect(out == [.string("hi x"), .boolean(true), .integer(1)])
        let loop = #expect(throws: LuaError.self) { try vm.run("require('loop')") }
        #expect(loop?.message.contains("module 'loop' requires itself") == true)
        let missing = #expect(throws: LuaError.self) { try vm.run("require('nope')", name: "m.lua") }
        #expect(missing?.message.hasPrefix("m.lua:1: module 'nope' not found in the script search path:") == true)
        #expect(missing?.message.contains("no file '\(dir.path)/nope.lua'") == true)
    }

    @Test func requireIgnoresSymlinksOutOfTheSearchPath() throws {
        let outside = try TempDirectory(), inside = try TempDirectory()
        try outside.write("secret.lua", "return 'secret'")
        try FileManager.default.createSymbolicLink(atPath: inside.path + "/secret.lua",
                                                   withDestinationPath: outside.path + "/secret.lua")
        let vm = try LuaVM()
        try vm.installRequire(LuaModulePath([inside.path]))
        let error = #expect(throws: LuaError.self) { try vm.run("return require('secret')") }
        #expect(error?.message.contains("module 'secret' not found") == true)
    }

    @Test func readOnlyModulesKeepTheirMembersReachable() throws {
        let vm = try LuaVM()
        let root = LuaModule("kit"), sub = LuaModule("stats")
        sub.function("mean", "(xs: number[]) -> number", doc: "") { s in s.push(2.0); return 1 }
        root.add(sub)
        root.field("version", "string", doc: "") { $0.push("1") }
        try root.push(on: vm)
        try vm.makeReadOnly(root)
        try vm.popGlobal("kit")
        #expect(try vm.run("return kit.stats.mean{1, 3}, kit.version") == [.number(2), .string("1")])
        #expect(try vm.run("local n = {} for k in pairs(kit) do n[#n+1] = k end table.sort(n) return table.concat(n, ',')")
                == [.string("stats,version")])
        let error = #expect(throws: LuaError.self) { try vm.run("kit.stats.mean = print", name: "k.lua") }
        #expect(error?.message == "k.lua:1: attempt to modify read-only table 'kit.stats'")
        #expect(try vm.global("kit")["stats"]["mean"] == .opaque("function"))
    }

    @Test func hostLimitErrorCannotBeSwallowed() throws {
        struct Quota: LuaLimitError { var trippedLimit: LuaLimit { .output } }
        let vm = try LuaVM()
        try vm.setGlobal("spend") { _ in throw Quota() }
        let error = #expect(throws: LuaError.self) {
            try vm.run("for i = 1, 10 do pcall(spend) end return 'escaped'")
        }
        #expect(error?.kind == .limit(.output))
    }

    @Test func limitHitInLuaCalledBackFromSwiftUnwindsThroughTheHostFunction() throws {
        let vm = try LuaVM()
        vm.setInstructionLimit(200_000)
        // `apply` calls back into Lua; the loop trips the hook there, the error crosses Swift as a
        // thrown LuaError and is raised again by the trampoline once the Swift frame is gone.
        try vm.setGlobal("apply") { s in
            s.pushValue(at: 1)
            try s.vm.call(arguments: 0, results: 0)
            return 0
        }
        let error = #expect(throws: LuaError.self) {
            try vm.run("for i = 1, 10 do pcall(apply, function() while true do end end) end return 'escaped'")
        }
        #expect(error?.kind == .limit(.instructions))
        vm.resetLimits()
        #expect(try vm.run("local n = 0 apply(function() n = 42 end) return n") == [.integer(42)])
    }

    @Test func memoryCapHitInsideAHostFunctionUnwindsCleanly() throws {
        let vm = try LuaVM(options: .init(memoryLimit: 2 << 20))
        // The push is never refused while Swift runs; the trampoline raises once Swift returned.
        try vm.setGlobal("big") { s in
            s.push(String(repeating: "x", count: 4 << 20))
            return 1
        }
        let error = #expect(throws: LuaError.self) { try vm.run("local ok = pcall(big) return 'escaped'") }
        #expect(error?.kind == .limit(.memory))
        vm.resetLimits()
        vm.collectGarbage()
        #expect(try vm.run("return #('y'):rep(1000)") == [.integer(1000)])
    }
}

/// A directory removed when the test ends.
final class TempDirectory {
    let path: String
    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("luakit-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    func write(_ relative: String, _ text: String) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
}
