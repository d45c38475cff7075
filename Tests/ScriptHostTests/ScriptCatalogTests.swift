import Foundation
import LuaKit
import ScriptHost
import Testing

/// A throwaway directory tree of scripts (test code, not corpus data).
struct ScriptTree {
    let root: URL
    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("pranalyze-catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }
    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
}

@Suite struct ScriptCatalogTests {
    static func meta(_ name: String, _ description: String) -> String {
        "return { meta = { name = '\(name)', description = '\(description)' } }\n"
    }

    @Test func findsFoldersAndFilesAndReportsShadowing() throws {
        let tree = try ScriptTree()
        try tree.write("team/speakers/speakers.lua", Self.meta("speakers", "team copy"))
        try tree.write("team/loose.lua", Self.meta("loose", "a single-file script"))
        try tree.write("bundled/speakers/speakers.lua", Self.meta("speakers", "bundled copy"))
        try tree.write("bundled/pranalyze/lib/helpers.lua", "return {}")
        try tree.write("bundled/notes/README.md", "not a script: no notes.lua")
        let catalog = ScriptCatalog(searchPath: [tree.path("team"), tree.path("missing"), tree.path("bundled")])
        #expect(catalog.entries.map(\.name) == ["loose", "speakers"])
        let speakers = try #require(catalog.lookup("speakers"))
        #expect(speakers.path == tree.path("team/speakers/speakers.lua"))
        #expect(speakers.folder == tree.path("team/speakers"))
        #expect(speakers.shadows.map(\.path) == [tree.path("bundled/speakers/speakers.lua")])
        #expect(catalog.lookup("loose")?.folder == nil)
        #expect(catalog.lookup("helpers") == nil && catalog.lookup("pranalyze") == nil)
        #expect(ScriptCatalog.isScriptName("kwic") && !ScriptCatalog.isScriptName("kwic.lua") && !ScriptCatalog.isScriptName("a/b"))
    }

    @Test func metadataListsScriptsThatUsePrAndRequireAtTopLevel() throws {
        let tree = try ScriptTree()
        let path = try tree.write("s.lua", """
            local speakers = require "pranalyze.lib.speakers"
            local top, fmt = pr.stats.top, string.format
            local reg = speakers.new()
            pr.cues.add("quip")
            return {
              meta = { name = "s", description = fmt("Quotes %s\\nsecond line", "per speaker"),
                       args = { { name = "term", type = "string", required = true, doc = "what" },
                                { name = "n", type = "integer", default = 5 } } },
              finish = function() error("hooks never run while reading metadata") end,
            }
            """)
        let info = ScriptInfo(path: path, fallbackName: "fallback")
        #expect(info.problem == nil, "\(info.problem ?? "")")
        #expect(info.name == "s")
        #expect(info.summary == "Quotes per speaker")
        #expect(info.arguments.map(\.name) == ["term", "n"])
        #expect(info.argumentSynopsis == "term=<string> [n=<integer, 5>]")
    }

    @Test func metadataStateHasNoOutputNorLoadAndIsBounded() throws {
        for (source, fragment) in [("print('side effect') return { meta = {} }", "global 'print'"),
                                   ("load('return 1') return { meta = {} }", "load"),
                                   ("setmetatable({}, {}) return { meta = {} }", "global 'setmetatable'"),
                                   ("io.write('x') return { meta = {} }", "io"),
                                   ("while true do end", "instruction")] {
            let error = #expect(throws: ScriptHostError.self) {
                _ = try ScriptHost.readMetadata(source: source, name: "bad.lua")
            }
            #expect(error?.message.contains(fragment) == true, "\(error?.message ?? "")")
        }
        let broken = ScriptInfo(path: "/nonexistent/x.lua", fallbackName: "x")
        #expect(broken.problem != nil && broken.name == "x")
        let tree = try ScriptTree()
        let plain = ScriptInfo(path: try tree.write("plain.lua", "for r in pr.releases() do print(r.headline) end"), fallbackName: "plain")
        #expect(plain.problem == nil && plain.summary == "(no meta: a plain script)")
        let bad = ScriptInfo(path: try tree.write("bad.lua", "meta = { name = 'bad' }\nerror('boom')"), fallbackName: "bad")
        #expect(bad.problem?.contains("boom") == true)
    }

    @Test func goldenTestLayout() throws {
        let tree = try ScriptTree()
        try tree.write("a/a.lua", Self.meta("a", "A"))
        try tree.write("a/sample/one.txt", "Headline\n\nBody.\n")
        try tree.write("a/expected.txt", "x\n")
        try tree.write("a/expected.html", "<p>x</p>\n")
        try tree.write("a/test-args", "# comment\nterm=x\n\nn=2\n")
        let test = try GoldenTest(folder: tree.path("a"))
        #expect(test.sample == "sample")
        #expect(test.arguments == ["term=x", "n=2"])
        #expect(test.cases.map(\.format) == ["table", "html"])

        try tree.write("b/b.lua", Self.meta("b", "B"))
        try tree.write("b/sample.path", "../a/sample\n")
        #expect(try GoldenTest(folder: tree.path("b")).sample == "../a/sample")
        #expect(try GoldenTest(folder: tree.path("b")).cases.isEmpty)
        try tree.write("c/c.lua", Self.meta("c", "C"))
        #expect(throws: ScriptHostError.self) { try GoldenTest(folder: tree.path("c")) }
        try tree.write("c/sample.path", "../nowhere\n")
        #expect(throws: ScriptHostError.self) { try GoldenTest(folder: tree.path("c")) }
    }

    /// The sandbox's `require` reaches modules on the search path only, as text.
    @Test func requireFindsSharedModulesOnTheSearchPathOnly() throws {
        let tree = try ScriptTree()
        try tree.write("path/pranalyze/lib/greet.lua", "local M = {} function M.hi(n) return 'hi ' .. n end return M")
        try tree.write("outside/secret.lua", "return 'leaked'")
        var options = ScriptHost.Options()
        options.searchPath = [tree.path("path")]
        let host = try ScriptHost(options: options)
        try host.runChunk("greeting = require('pranalyze.lib.greet').hi('team')", name: "r.lua")
        #expect(try eval(host, "greeting") == .string("hi team"))
        for name in ["secret", "../outside/secret", "/etc/passwd"] {
            #expect(throws: ScriptHostError.self) { try host.runChunk("require('\(name)')", name: "r.lua") }
        }
    }
}
