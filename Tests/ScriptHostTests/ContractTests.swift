import Foundation
import LuaKit
import Testing
@testable import ScriptHost

@Suite struct ContractTests {
    let inputs = Paths.files(Paths.kremlin, 5) + [Paths.seed]

    @Test func hooksRunInContractOrderOverTheCorpusInInputOrder() throws {
        let host = try makeHost(inputs)
        let result = try host.runScript(source: """
            log = {}
            local paragraphs = {}
            return {
              init = function(args) log[#log + 1] = "init" end,
              Release = function(r) log[#log + 1] = "Release " .. r.id; paragraphs[r.id] = #r.paragraphs end,
              Paragraph = function(p, r)
                assert(p.release == r, "paragraph of another release")
                log[#log + 1] = "Paragraph " .. r.id .. " " .. p.index .. "/" .. paragraphs[r.id]
              end,
              finish = function() log[#log + 1] = "finish"; return #log .. " events" end,
            }
            """, name: "order.lua")
        let log = try eval(host, "log").array.compactMap(\.string)
        var expected = ["init"]
        let counts = try eval(host, "(function() local t = {} for r in pr.releases() do t[#t + 1] = #r.paragraphs end return t end)()").array
        for (id, count) in zip(try releaseIDs(inputs), counts) {
            expected.append("Release \(id)")
            for i in 0..<(count.integer ?? 0) { expected.append("Paragraph \(id) \(i + 1)/\(count.integer!)") }
        }
        expected.append("finish")
        #expect(log == expected)
        #expect(result == .text("\(expected.count) events"))
        #expect(counts.count == inputs.count && counts.allSatisfy { ($0.integer ?? 0) > 0 })
    }

    @Test func releaseReturningFalseIsDroppedForLaterHooks() throws {
        let host = try makeHost(inputs)
        try host.runScript(source: """
            seen, kept, n = {}, {}, 0
            function Release(r) n = n + 1; if n % 2 == 0 then return false end end
            function Paragraph(p, r) if not seen[r.id] then seen[r.id] = true; kept[#kept + 1] = r.id end end
            """, name: "drop.lua")
        let ids = try releaseIDs(inputs)
        let expected = ids.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        #expect(try eval(host, "kept").array.compactMap(\.string) == expected)
        #expect(try eval(host, "n") == .integer(inputs.count))
    }

    @Test func aChunkWithoutHooksIsJustRun() throws {
        let host = try makeHost([Paths.seed])
        #expect(try host.runScript(source: "n = 0 for r in pr.releases() do n = n + #r.paragraphs end", name: "one.lua") == .none)
        #expect((try eval(host, "n").integer ?? 0) > 5)
        #expect(host.needs.isEmpty)
    }

    /// Strict-globals modules set a metatable on `_G`, which only trusted scripts may do.
    @Test func strictGlobalsDoNotBreakContractDiscovery() throws {
        let host = try makeHost([Paths.seed], trusted: true)
        let result = try host.runScript(source: """
            local declared = { finish = true }
            setmetatable(_G, { __index = function(_, k) if not declared[k] then error("undeclared global " .. k, 2) end end })
            function finish() return "strict ok" end
            """, name: "strict.lua")
        #expect(result == .text("strict ok"))
    }

    @Test func scriptWithOnlyInitAndFinishDoesNotReadTheCorpus() throws {
        let host = try makeHost(inputs)
        let result = try host.runScript(source: "return { finish = function() return 'no corpus' end }", name: "f.lua")
        #expect(result == .text("no corpus"))
        #expect(host.releasesRead == 0)
    }

    @Test func needsComeFromHooksAndMeta() throws {
        let host = try makeHost([Paths.seed])
        try host.runScript(source: "return { meta = { needs = { 'sentences' } }, Paragraph = function() end }", name: "n.lua")
        #expect(host.needs == ["sentences", "paragraphs"])
        let error = #expect(throws: ScriptHostError.self) {
            try host.runScript(source: "return { meta = { needs = { 'colour' } }, Release = function() end }", name: "n.lua")
        }
        #expect(error?.message == "n.lua: meta.needs names 'colour', which is not a Release property")
    }

    @Test func neededFieldsAreWarmedUpByTheWorkersAndDoNotCarryOver() throws {
        #expect(ReleaseNeeds.warmUp([]) == nil)
        #expect(ReleaseNeeds.warmUp(["paragraphs"]) == nil) // parsed eagerly anyway
        #expect(ReleaseNeeds.warmUp(["sentences"]) != nil)
        #expect(ReleaseNeeds.warmUp(["quotes"]) != nil)
        let host = try makeHost(inputs)
        let script = "return { meta = { needs = { 'sentences', 'words' } }, init = function() n = 0 end, Release = function(r) n = n + #r.sentences + r.words end }"
        try host.runScript(source: script, name: "warm.lua")
        #expect(host.needs == ["sentences", "words"])
        let warmed = try eval(host, "n")
        try host.runScript(source: "n = 0 for r in pr.releases() do n = n + #r.sentences + r.words end", name: "lazy.lua")
        #expect(host.needs.isEmpty)
        #expect(try eval(host, "n") == warmed)
        #expect((warmed.integer ?? 0) > 1000)
    }

    @Test func quoteAndPersonHooksSeeEachElementWithItsRelease() throws {
        let host = try makeHost([Paths.seed])
        let result = try host.runScript(source: """
            local quotes, speakers, people = 0, {}, 0
            return {
              Quote = function(q, r) quotes = quotes + 1; speakers[q.speaker.name] = r.date end,
              Person = function(p, r) people = people + 1 end,
              finish = function() return quotes .. " " .. tostring(speakers["Sergey Lavrov"]) .. " " .. tostring(people > 1) end,
            }
            """, name: "q.lua")
        #expect(result == .text("6 2017-11-08 true"))
        #expect(host.needs == ["quotes", "people"])
    }

    @Test func finishReturnsAReportForTheCallerToRender() throws {
        let host = try makeHost(inputs)
        let result = try host.runScript(source: """
            local rows = {}
            return {
              Release = function(r) rows[#rows + 1] = { r.id, #r.paragraphs } end,
              finish = function() return pr.report.table{ title = "Paragraphs", columns = { "release", "paragraphs" }, rows = rows } end,
            }
            """, name: "report.lua")
        guard case .report(let report) = result, case .table(let table)? = report.sections.first?.content else {
            Issue.record("expected a table report, got \(result)")
            return
        }
        #expect(report.heading == "Paragraphs")
        #expect(table.rows.count == inputs.count)
        let error = #expect(throws: LuaError.self) {
            try host.runScript(source: "return { finish = function() return { nonsense = 1 } end }", name: "t.lua")
        }
        #expect(error?.message.hasPrefix("finish() returned a table that is not a report: ") == true)
        #expect(error?.message.hasSuffix("\n  in finish") == true)
    }
}
