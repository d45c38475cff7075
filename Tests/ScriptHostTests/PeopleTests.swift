import Corpus
import Foundation
import LuaKit
import ScriptHost
import Testing

@Suite struct PeopleTests {
    @Test func keysFoldCaseDiacriticsPeriodsAndSpace() throws {
        let host = try makeHost([])
        #expect(try eval(host, "pr.people.key('  Sergéy   V. LAVROV ')") == .string("sergey v lavrov"))
        #expect(try eval(host, "pr.people.key('Ana Kovač') == pr.people.key('ana kovac')") == .boolean(true))
        #expect(try eval(host, "pr.people.key('Marieke van Dijk') == pr.people.key('Marieke Van  Dijk')") == .boolean(true))
        #expect(try eval(host, "pr.people.key('Anna Kovac') == pr.people.key('Ana Kovac')") == .boolean(false))
    }

    @Test func aliasesMergeSpellingsAndFollowChains() throws {
        let host = try makeHost([])
        try host.runChunk("""
            pr.people.alias("Sergei Lavrov", "Sergey Lavrov")
            pr.people.alias("S. Lavrov", "Sergei Lavrov")
            """, name: "alias.lua")
        #expect(try eval(host, "pr.people.key('Sergei Lavrov')") == .string("sergey lavrov"))
        #expect(try eval(host, "pr.people.key('S. Lavrov')") == .string("sergey lavrov"))
        #expect(try eval(host, "pr.people.aliases()['sergei lavrov']") == .string("sergey lavrov"))
        // The module stays read-only: overriding goes through functions, not assignment.
        #expect(throws: ScriptHostError.self) { try host.runChunk("pr.people.key = function() return 'x' end", name: "w.lua") }
        #expect(throws: ScriptHostError.self) { try host.runChunk("pr.people.alias('', 'x')", name: "e.lua") }
    }

    @Test func keyOfAPersonIsTheKeyOfItsFullName() throws {
        let host = try makeHost([Paths.seed])
        try host.runChunk("""
            for r in pr.releases() do
              for _, p in ipairs(r.people) do
                assert(pr.people.key(p) == pr.people.key(p.name), p.name)
                if p.name == "Sergey Lavrov" then lavrov = pr.people.key(p) end
              end
            end
            """, name: "k.lua")
        #expect(try eval(host, "lavrov") == .string("sergey lavrov"))
    }

    /// Over the real congress releases, "Aderholt" in some releases and "Robert Aderholt" in
    /// others are one speaker once the shared speakers module merges them; counted raw, they are two.
    @Test func speakersModuleMergesSurnamesAcrossRealReleases() throws {
        let congress = Paths.corpus.appendingPathComponent("real/congress-us").path
        let raw = try makeHost([congress])
        try raw.runChunk("""
            full, short = 0, 0
            for r in pr.releases() do
              for _, q in ipairs(r.quotes) do
                local k = q.speaker and pr.people.key(q.speaker.name) -- the name alone: no member index
                if k == "robert aderholt" then full = full + 1 elseif k == "aderholt" then short = short + 1 end
              end
            end
            """, name: "raw.lua")
        let full = try eval(raw, "full").integer ?? 0, short = try eval(raw, "short").integer ?? 0
        #expect(full > 0 && short > 0, "the corpus should hold both forms (full \(full), surname \(short))")

        var options = ScriptHost.Options()
        options.jobs = 2
        options.searchPath = [Paths.packageRoot.appendingPathComponent("Scripts").path]
        let host = try ScriptHost(options: options)
        host.setCorpus(Corpus(inputs: [congress]))
        try host.runChunk("""
            local speakers = require "pranalyze.lib.speakers"
            local reg = speakers.new()
            for r in pr.releases() do
              for _, q in ipairs(r.quotes) do
                if q.speaker then local s = reg:get(q.speaker, r); s.quotes = (s.quotes or 0) + 1 end
              end
            end
            merged, alone = nil, false
            for _, s in ipairs(reg:list()) do
              if s.key == "robert aderholt" then merged = s.quotes end
              if s.key == "aderholt" then alone = true end
            end
            local map = reg:canonical()
            -- "Aderholt" now resolves through the member index already; either way it maps to him.
            via_map = (map["aderholt"] or map["robert aderholt"]).key
            """, name: "merge.lua")
        #expect(try eval(host, "merged").integer == full + short)
        #expect(try eval(host, "alone") == .boolean(false))
        #expect(try eval(host, "via_map") == .string("robert aderholt"))
    }

    /// Scripts choose the merge rule: a key function, or no surname merging at all.
    @Test func speakersModuleTakesAKeyFunctionAndCanKeepSurnamesApart() throws {
        var options = ScriptHost.Options()
        options.searchPath = [Paths.packageRoot.appendingPathComponent("Scripts").path]
        let host = try ScriptHost(options: options)
        host.setCorpus(Corpus(inputs: [Paths.packageRoot.appendingPathComponent("Scripts/recurring-quotes/sample").path]))
        try host.runChunk("""
            local speakers = require "pranalyze.lib.speakers"
            local default, apart = speakers.new(), speakers.new{ merge_surnames = false }
            local by_surname = speakers.new{ key = function(p) return "s:" .. pr.people.fold(p.surname) end }
            for r in pr.releases() do
              for _, q in ipairs(r.quotes) do
                if q.speaker then
                  for _, reg in ipairs({ default, apart, by_surname }) do
                    local s = reg:get(q.speaker, r); s.quotes = (s.quotes or 0) + 1
                  end
                end
              end
            end
            local function keys(reg)
              local out = {}
              for _, s in ipairs(reg:list()) do out[#out + 1] = s.key .. "=" .. s.quotes end
              table.sort(out)
              return table.concat(out, "|")
            end
            merged, separate, custom = keys(default), keys(apart), keys(by_surname)
            """, name: "keys.lua")
        let merged = try eval(host, "merged").string ?? ""
        let separate = try eval(host, "separate").string ?? ""
        let custom = try eval(host, "custom").string ?? ""
        // "Ana Kovač", "Ana Kovac" and "Kovač" are one speaker by default; apart, the surname stays.
        let items = { (text: String) in text.split(separator: "|").map { String($0.split(separator: "=")[0]) } }
        #expect(items(merged).contains("ana kovac") && !items(merged).contains("kovac"), "\(merged)")
        #expect(items(separate).contains("ana kovac") && items(separate).contains("kovac"), "\(separate)")
        #expect(custom.contains("s:kovac=") && custom.contains("s:horvat="), "\(custom)")
        let total = { (text: String) in text.split(separator: "|").compactMap { Int($0.split(separator: "=").last ?? "") }.reduce(0, +) }
        #expect(total(merged) == total(separate) && total(merged) == total(custom))
    }
}
