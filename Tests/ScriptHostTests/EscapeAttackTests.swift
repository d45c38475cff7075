import Foundation
import LuaKit
import ScriptHost
import Testing

/// Named attacks on the sandbox's walls (Redis's scripting tests are the model): each must fail
/// with a clear message, and the host must run the health check afterwards.
@Suite struct EscapeAttackTests {
    @Test(arguments: [
        ("io.open('/tmp/pwned', 'w')", "global 'io'"),
        ("os.execute('touch /tmp/pwned')", "global 'os'"),
        ("package.loadlib('/lib/x86_64-linux-gnu/libc.so.6', 'system')", "global 'package'"),
        ("debug.sethook()", "global 'debug'"),
        ("dofile('/etc/passwd')", "global 'dofile'"),
        ("loadfile('/etc/passwd')", "global 'loadfile'"),
        ("string.dump(print)", "field 'dump'"),
    ])
    func removedFunctionsCannotBeCalled(call: String, missing: String) {
        let o = Attack.run(call)
        #expect(o.message.hasPrefix("attack.lua:1: attempt to"), "\(call)")
        #expect(o.message.contains(missing), "\(call): \(o.message)")
        #expect(o.healthy, "\(o.sickness ?? "")")
    }

    @Test func collectgarbageOnlyAnswersCount() {
        let o = Attack.run("assert(collectgarbage('count') > 0) collectgarbage('stop')")
        #expect(o.message == "attack.lua:1: collectgarbage('stop') is not allowed in the sandbox")
        #expect(o.healthy)
    }

    @Test func loadRefusesStringDumpOutput() throws {
        let dumper = try LuaVM(options: .init(libraries: .all))
        // The real bytecode, as the escapes of a Lua string literal (the bytes are not UTF-8).
        let escaped = try dumper.run("""
            return (string.dump(function() return os.getenv('HOME') end):gsub('.', function(c) return '\\\\' .. c:byte() end))
            """).first?.string ?? ""
        #expect(escaped.hasPrefix("\\27\\76\\117\\97")) // ESC L u a
        let attack = Attack.run("""
            local f, err = load("\(escaped)")
            error(err, 0)
            """)
        #expect(attack.message.contains("attempt to load a binary chunk (mode is 't')"))
        #expect(attack.healthy)
    }

    @Test func loadRefusesAHandMadeBinaryChunk() {
        let o = Attack.run(#"local f, err = load("\27Lua\84\0\25\147\13\10\26\10\4\8\8", "evil", "b") error(err, 0)"#)
        #expect(o.message.contains("attempt to load a binary chunk (mode is 't')"), "\(o.message)")
        #expect(o.healthy)
    }

    @Test func stringMetatableCannotBeReplaced() {
        let o = Attack.run("getmetatable('').__index = { upper = function() return 'pwned' end }")
        #expect(o.message.contains("attack.lua:1: attempt to index a string value"), "\(o.message)")
        #expect(o.healthy)
        let replace = Attack.run("setmetatable('', { __index = {} })")
        #expect(replace.message.contains("bad argument #1 to 'setmetatable' (table expected, got string)"))
        #expect(replace.healthy)
    }

    @Test func stringLibraryCannotBePatchedThroughAnyAlias() {
        let o = Attack.run("""
            local s = ('x').rep            -- reach the library through the string metatable
            assert(s == string.rep)
            string.rep = function() return 'pwned' end
            """)
        #expect(o.message == "attack.lua:3: attempt to modify read-only table 'string'")
        #expect(o.healthy)
    }

    @Test func globalTableMetatableIsLocked() {
        let o = Attack.run("setmetatable(_G, { __index = function(_, k) return 'pwned' end })")
        #expect(o.message.contains("cannot change a protected metatable"), "\(o.message)")
        #expect(o.healthy)
    }

    @Test func modelObjectsDoNotExposeTheirMetatables() {
        let o = Attack.run("""
            for r in pr.releases() do
              assert(getmetatable(r) == 'locked' and getmetatable(r.paragraphs[1]) == 'locked')
              assert(not pcall(rawget, r, 'headline'))
              setmetatable(r, { __index = function() return 'pwned' end })
            end
            """)
        #expect(o.message == "attack.lua:4: bad argument #1 to 'setmetatable' (table expected, got Release)")
        #expect(o.healthy)
    }

    @Test func prTablesAreReadOnlyButListable() {
        let o = Attack.run("""
            local names = {}
            for k in pairs(pr) do names[#names + 1] = k end
            table.sort(names)
            local listed = ',' .. table.concat(names, ',') .. ','
            for _, name in ipairs({ 'parse', 'releases', 'report', 'stats', 'text', 'time', 'version' }) do
              assert(listed:find(',' .. name .. ',', 1, true), listed)
            end
            assert(type(pr.time.date) == 'function' and next(pr.time) ~= nil)
            pr.time.now = function() return 0 end
            """)
        #expect(o.message == "attack.lua:9: attempt to modify read-only table 'pr.time'")
        #expect(o.healthy)
        let rawset = Attack.run("rawset(pr, 'releases', nil)")
        #expect(rawset.message.contains("attempt to modify read-only table 'pr'"))
        #expect(rawset.healthy)
    }

    @Test(arguments: ["string", "table", "math", "utf8", "coroutine"])
    func libraryTablesAreReadOnly(name: String) {
        let o = Attack.run("\(name).injected = true")
        #expect(o.message == "attack.lua:1: attempt to modify read-only table '\(name)'")
        #expect(o.healthy)
    }

    @Test func gcMetamethodIsRefused() {
        let o = Attack.run("setmetatable({}, { __gc = function() while true do end end }) collectgarbage('count')")
        #expect(o.message.contains("__gc metamethods are not allowed in the sandbox"), "\(o.message)")
        #expect(o.healthy)
    }

    @Test func requireOfAParentPathIsRefused() {
        let o = Attack.run("require('../../etc/x')", searchPath: [Attack.packageRoot.path])
        #expect(o.message.contains("module name '../../etc/x' is not allowed"), "\(o.message)")
        #expect(o.healthy)
    }

    @Test func requireOfAnAbsolutePathIsRefused() {
        let o = Attack.run("require('/etc/passwd')", searchPath: [Attack.packageRoot.path])
        #expect(o.message.contains("module name '/etc/passwd' is not allowed"), "\(o.message)")
        let dotted = Attack.run("require('.etc.passwd')", searchPath: ["/"])
        #expect(dotted.message.contains("is not allowed"), "\(dotted.message)")
        #expect(o.healthy && dotted.healthy)
    }

    @Test func requireOnlySearchesTheScriptPath() {
        // /etc/passwd exists, but / is not in the search path, so `etc.passwd` cannot reach it.
        let o = Attack.run("require('etc.passwd')", searchPath: [Attack.packageRoot.path])
        #expect(o.message.contains("module 'etc.passwd' not found in the script search path"), "\(o.message)")
        #expect(o.healthy)
    }

    @Test func requireRefusesABinaryModule() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sandbox-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data([27, 76, 117, 97, 84, 0, 25, 147, 13, 10, 26, 10, 4, 8, 8]).write(to: dir.appendingPathComponent("evil.lua"))
        let o = Attack.run("require('evil')", searchPath: [dir.path])
        #expect(o.message.contains("attempt to load a binary chunk"), "\(o.message)")
        #expect(o.healthy)
    }

    @Test func noRouteWritesAFile() throws {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("pwned-\(UUID().uuidString)").path
        let o = Attack.run("""
            local target = '\(target)'
            local routes = {
              function() return io.open(target, 'w'):write('x') end,
              function() return os.execute('touch ' .. target) end,
              function() return require('io').open(target, 'w') end,
              function() return load('return io')().open(target, 'w') end,
              function() return _G['i' .. 'o'].open(target, 'w') end,
              function() return package.loaded.io.open(target, 'w') end,
              function() return string.dump end,
            }
            local refused = 0
            for _, route in ipairs(routes) do
              local ok, result = pcall(route)
              if not ok or result == nil then refused = refused + 1 end
            end
            error('refused ' .. refused .. ' of ' .. #routes, 0)
            """)
        #expect(o.message == "refused 7 of 7")
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect(o.healthy)
    }
}

