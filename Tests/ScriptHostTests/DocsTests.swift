import Foundation
import LuaKit
import Testing
@testable import ScriptHost

@Suite struct DocsTests {
    func committed(_ name: String) throws -> String {
        try String(contentsOf: Paths.packageRoot.appendingPathComponent("docs/\(name)"), encoding: .utf8)
    }

    @Test func committedMarkdownMatchesTheRegistry() throws {
        #expect(try committed("lua-api.md") == APIRegistry.standard.markdown(),
                "docs/lua-api.md is stale: run `pranalyze docs --markdown > docs/lua-api.md`")
    }

    @Test func committedLuaLSDefinitionsMatchTheRegistry() throws {
        #expect(try committed("pranalyze.d.lua") == APIRegistry.standard.luaLS(),
                "docs/pranalyze.d.lua is stale: run `pranalyze docs --luals > docs/pranalyze.d.lua`")
    }

    @Test func everyBoundMemberIsDocumented() throws {
        let registry = APIRegistry.standard
        let markdown = registry.markdown(), luaLS = registry.luaLS()
        let host = try makeHost([Paths.seed])
        try host.runScript(source: "r = pr.releases()()", name: "seed.lua")
        for c in registry.classes {
            #expect(luaLS.contains("---@class \(c.name)\n"))
            #expect(markdown.contains("## \(c.name)\n"))
            for m in c.members {
                #expect(!m.doc.isEmpty, "\(c.name).\(m.name) has no doc")
                #expect(markdown.contains("`\(m.name)`") || markdown.contains(":\(m.name)("))
            }
        }
        // What the docs list for Release is exactly what a handle has.
        let release = registry.classes.first { $0.name == "Release" }!
        for m in release.members where m.kind == .property {
            #expect(try eval(host, "(function() for k in pairs(r) do if k == '\(m.name)' then return true end end return false end)()") == .boolean(true))
        }
        for f in registry.modules.first!.functions {
            #expect(try eval(host, "type(pr.\(f.name))") == .string("function"))
        }
    }

    @Test func submodulesAddedToPrAreDocumentedAutomatically() throws {
        let root = LuaModule("pr", doc: "Root.")
        let stats = LuaModule("stats", doc: "Statistics.")
        stats.function("mean", "(values: number[]) -> number?", doc: "The arithmetic mean.", example: "pr.stats.mean({1, 2})") { _ in 0 }
        stats.declare("median", "(values: number[]) -> number?", doc: "Defined in Lua by a prelude.")
        root.add(stats)
        let registry = APIRegistry(classes: [], root: root, hooks: [], version: "9")
        #expect(registry.modules.map(\.path) == ["pr", "pr.stats"])
        #expect(registry.markdown().contains("### `pr.stats.mean(values: number[]) -> number?`"))
        #expect(registry.markdown().contains("### `pr.stats.median(values: number[]) -> number?`"))
        #expect(registry.luaLS().contains("---@param values number[]\n---@return number?\nfunction pr.stats.mean(values) end"))
        #expect(registry.luaLS().contains("---@field stats pr.stats"))
        guard case .function(_, let f)? = registry.topics(matching: "PR.Stats.Mean").first else {
            Issue.record("pr.stats.mean not found")
            return
        }
        #expect(f.name == "mean")
    }

    @Test func topicsAreFoundByPathOrBareName() {
        let registry = APIRegistry.standard
        #expect(registry.topics(matching: "release").count == 1)
        #expect(registry.text(registry.topics(matching: "Release.headline")[0]).hasPrefix("Release.headline: string?"))
        #expect(registry.text(registry.topics(matching: "releases")[0]).hasPrefix("pr.releases() -> fun(): Release?"))
        #expect(registry.topics(matching: "headline").count == 1)
        #expect(registry.topics(matching: "json").count > 1)
        #expect(registry.topics(matching: "nonsense").isEmpty)
        guard case .script = registry.topics(matching: "script")[0] else { Issue.record("no script topic"); return }
    }

    @Test func signaturesAreTakenApartForLuaLS() {
        let s = LuaSignature("(f: fun(a: integer, b: string): boolean, opts?: {[string]: integer}, ...: any) -> fun(): Release?")
        #expect(s.parameters.map(\.name) == ["f", "opts", "..."])
        #expect(s.parameters[0].type == "fun(a: integer, b: string): boolean")
        #expect(s.parameters[1].optional && s.parameters[1].type == "{[string]: integer}")
        #expect(s.returns == "fun(): Release?")
        #expect(LuaSignature("() -> nil").returns == nil)
        #expect(LuaSignature("(p: Paragraph, r: Release) -> nil").functionType == "fun(p: Paragraph, r: Release)")
    }
}
