import Foundation
import LuaKit
import ScriptHost
import Testing

/// What the sandbox offers instead of what it removes: pr.time, require along the script search
/// path, and reading a script's `meta` without running it in a real host.
@Suite struct ScriptSandboxTests {
    func host(trusted: Bool = false, searchPath: [String] = []) throws -> ScriptHost {
        var options = ScriptHost.Options()
        options.sandboxed = !trusted
        options.jobs = 1
        options.searchPath = searchPath
        return try ScriptHost(options: options)
    }

    func eval(_ host: ScriptHost, _ expression: String) throws -> LuaValue {
        try host.runChunk("RESULT = \(expression)", name: "eval.lua")
        return try host.vm.global("RESULT")
    }

    @Test func prTimeFormatsLikeOsDate() throws {
        let h = try host()
        #expect(try eval(h, "pr.time.date('!%Y-%m-%d %H:%M:%S', 0)") == .string("1970-01-01 00:00:00"))
        #expect(try eval(h, "pr.time.date('!%A %d %B %Y, day %j', 1510099200)") == .string("Wednesday 08 November 2017, day 312"))
        let fields = try eval(h, "pr.time.date('!*t', 1510099200 + 3661)")
        #expect(fields["year"] == .integer(2017) && fields["month"] == .integer(11) && fields["day"] == .integer(8))
        #expect(fields["hour"] == .integer(1) && fields["min"] == .integer(1) && fields["sec"] == .integer(1))
        #expect(fields["wday"] == .integer(4) && fields["yday"] == .integer(312))
        let error = #expect(throws: ScriptHostError.self) { try h.runChunk("pr.time.date('%Ez')", name: "d.lua") }
        #expect(error?.message == "d.lua:1: bad argument #1 to 'date' (invalid conversion specifier '%Ez')")
    }

    @Test func prTimeAgreesWithTheOsLibraryOfATrustedScript() throws {
        let h = try host(trusted: true)
        let same = try eval(h, """
            {
              os.date('%c', 1e9) == pr.time.date('%c', 1e9),
              os.date('*t', 1e9).hour == pr.time.date('*t', 1e9).hour,
              os.time{year = 2017, month = 11, day = 8} == pr.time.now{year = 2017, month = 11, day = 8},
              os.time{year = 2017, month = 11, day = 8, hour = 25, min = 61} == pr.time.now{year = 2017, month = 11, day = 8, hour = 25, min = 61},
              math.abs(os.time() - pr.time.now()) <= 1,
              math.type(pr.time.now()) == 'integer' and pr.time.clock() >= 0,
            }
            """)
        #expect(same.array == Array(repeating: .boolean(true), count: 6))
        let missing = #expect(throws: ScriptHostError.self) { try h.runChunk("pr.time.now{year = 2017}", name: "n.lua") }
        #expect(missing?.message == "field 'month' missing in date table")
    }

    @Test func requireFindsModulesAlongTheSearchPath() throws {
        let first = FileManager.default.temporaryDirectory.appendingPathComponent("path-a-\(UUID().uuidString)")
        let second = FileManager.default.temporaryDirectory.appendingPathComponent("path-b-\(UUID().uuidString)")
        defer { for d in [first, second] { try? FileManager.default.removeItem(at: d) } }
        try FileManager.default.createDirectory(at: first, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: second.appendingPathComponent("report"), withIntermediateDirectories: true)
        try Data("return { words = function(r) return r.words end }".utf8)
            .write(to: second.appendingPathComponent("report/fields.lua"))
        try Data("return 'first wins'".utf8).write(to: first.appendingPathComponent("which.lua"))
        try Data("return 'second'".utf8).write(to: second.appendingPathComponent("which.lua"))
        let h = try host(searchPath: [first.path, second.path])
        let seed = Attack.seed
        let text = try String(contentsOfFile: seed, encoding: .utf8)
        try h.vm.setGlobal("SEED") { $0.push(text) }
        #expect(try eval(h, "require('report.fields').words(pr.parse(SEED)) > 100") == .boolean(true))
        #expect(try eval(h, "require('which')") == .string("first wins"))
    }

    @Test func searchPathOrderAndEnvironment() {
        let env = ["PRANALYZE_PATH": "/team/scripts::/more", "XDG_DATA_HOME": "/xdg", "HOME": "/home/ana",
                   ScriptSearchPath.bundledOverride: "/opt/pranalyze/Scripts"]
        #expect(ScriptSearchPath.standard(environment: env, currentDirectory: "/work")
                == ["/work", "/team/scripts", "/more", "/xdg/pranalyze/scripts", "/opt/pranalyze/Scripts"])
        #expect(ScriptSearchPath.userDirectory(environment: ["HOME": "/home/ana"]) == "/home/ana/.local/share/pranalyze/scripts")
        #expect(ScriptSearchPath.userDirectory(environment: ["HOME": "/home/ana", "XDG_DATA_HOME": "relative"])
                == "/home/ana/.local/share/pranalyze/scripts")
    }

    @Test func bundledScriptsAreFoundWalkingUpFromTheExecutable() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("install-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Scripts"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent(".build/debug"), withIntermediateDirectories: true)
        let binary = root.appendingPathComponent(".build/debug/pranalyze").path
        let found = ScriptSearchPath.bundledDirectory(environment: [:], executable: binary)
        #expect(found.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path }
                == root.appendingPathComponent("Scripts").resolvingSymlinksInPath().path)
    }

    @Test func metadataComesFromTheReturnedTableWithoutRunningHooks() throws {
        let meta = try ScriptHost.readMetadata(source: """
            local M = {}
            M.meta = { name = "quote-stats", description = "Quotes per speaker",
                       args = { { name = "min_words", type = "integer", default = 0 } } }
            M.init = function() error("init ran") end
            M.Release = function(r) error("Release ran") end
            return M
            """, name: "quote-stats.lua")
        #expect(meta["name"] == .string("quote-stats"))
        #expect(meta["args"].array.first?["default"] == .integer(0))
    }

    @Test func metadataFromAGlobal() throws {
        let meta = try ScriptHost.readMetadata(source: "meta = { name = 'g', description = 'global' }\nfunction Release(r) end",
                                               name: "g.lua")
        #expect(meta["description"] == .string("global"))
    }

    @Test(arguments: [
        ("return { Release = function() end }", "g.lua: no meta table"),
        ("meta = 5", "no meta table (return { meta = { name = …, description = … }, … } or set a global meta); found a number"),
        ("print('side effect') return { meta = {} }", "attempt to call a nil value (global 'print')"),
        ("while true do end", "instruction limit exceeded"),
        ("xpcall(function() while true do end end, function() while true do end end) return { meta = {} }",
         "instruction limit exceeded"),
        ("local t = {} for i = 1, 1e7 do t[i] = {} end", "limit exceeded"),
        ("local s = 'x' while true do s = s .. s end", "memory limit exceeded"),
        ("setmetatable({}, { __gc = function() while true do end end })", "global 'setmetatable'"),
        ("meta = {", "g.lua: cannot read meta: g.lua:1: unexpected symbol"),
    ])
    func metadataFailsCleanly(source: String, expected: String) {
        let error = #expect(throws: ScriptHostError.self) { try ScriptHost.readMetadata(source: source, name: "g.lua") }
        #expect(error?.message.contains(expected) == true, "\(error?.message ?? "")")
    }
}
