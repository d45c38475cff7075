import Corpus
import Foundation
import LuaKit
import Testing
@testable import ScriptHost

/// A splittable report: quotes, words and first/last dates per speaker, with a merge that
/// depends on input order (first and last), so a wrong merge order would show.
let splittableScript = """
    local counts, words, first, last, order = {}, {}, {}, {}, {}
    return {
      Quote = function(q, r)
        local k = q.speaker and q.speaker.name or "(unattributed)"
        counts[k] = (counts[k] or 0) + 1
        words[k] = (words[k] or 0) + q.words
        first[k] = first[k] or r.id
        last[k] = r.id
      end,
      Release = function(r) order[#order + 1] = r.id end,
      partial = function() return { counts = counts, words = words, first = first, last = last, order = order } end,
      merge = function(a, b)
        for k, n in pairs(b.counts) do a.counts[k] = (a.counts[k] or 0) + n end
        for k, n in pairs(b.words) do a.words[k] = (a.words[k] or 0) + n end
        for k, id in pairs(b.first) do a.first[k] = a.first[k] or id end
        for k, id in pairs(b.last) do a.last[k] = id end
        for _, id in ipairs(b.order) do a.order[#a.order + 1] = id end
        return a
      end,
      finish = function(p)
        local keys = {}
        for k in pairs(p.counts) do keys[#keys + 1] = k end
        table.sort(keys)
        local lines = { #p.order .. " releases", p.order[1], p.order[#p.order] }
        for _, k in ipairs(keys) do
          lines[#lines + 1] = table.concat({ k, p.counts[k], p.words[k], p.first[k], p.last[k] }, "|")
        end
        return table.concat(lines, "\\n")
      end,
    }
    """

@Suite struct ParallelHooksTests {
    let inputs = [Paths.kremlin, Paths.corpus.appendingPathComponent("real/congress-us").path]

    func run(jobs: Int, emitPartial: Bool = false) throws -> ScriptResult {
        var options = ScriptHost.Options()
        options.jobs = jobs
        let host = try ScriptHost(options: options)
        host.setCorpus(Corpus(inputs: inputs))
        return try host.runScript(source: splittableScript, name: "split.lua", emitPartial: emitPartial)
    }

    @Test func severalStatesGiveTheSingleStateResult() throws {
        let one = try run(jobs: 1)
        guard case .text(let text) = one else { Issue.record("no text: \(one)"); return }
        #expect(text.hasPrefix("600 releases\n"))
        #expect(text.split(separator: "\n").count > 100)
        #expect(try run(jobs: 2) == one)
        #expect(try run(jobs: 3) == one)
    }

    @Test func partialsSurviveTheirFileFormAndMergeAcrossShards() throws {
        func partial(_ input: String) throws -> LuaValue {
            var options = ScriptHost.Options()
            options.jobs = 2
            let host = try ScriptHost(options: options)
            host.setCorpus(Corpus(inputs: [input]))
            guard case .partial(let value) = try host.runScript(source: splittableScript, name: "split.lua", emitPartial: true) else {
                throw LuaRawError("no partial")
            }
            let file = PartialValue.fileText(value, script: "split.lua", source: splittableScript)
            return try PartialValue.read(fileText: Data(file.utf8), path: "mem", script: "split.lua", source: splittableScript)
        }
        let shards = try inputs.map(partial)
        let merged = try ScriptHost().mergePartials(shards, source: splittableScript, name: "split.lua")
        #expect(merged == (try run(jobs: 1)))
    }

    @Test func partialFileFormKeepsLuaDistinctions() throws {
        let value = LuaValue.table([
            .string("int"): .integer(3), .string("float"): .number(3.0), .string("list"): .table([.integer(1): .string("a"), .integer(2): .boolean(false)]),
            .string("mixed"): .table([.integer(1): .string("x"), .string("k"): .number(0.5), .integer(7): .string("gap")]),
            .string("quote\"s"): .string("line\nbreak ✓"), .string("$lua_table"): .integer(1), .string("inf"): .number(.infinity),
            .string("extremes"): .table([.integer(1): .integer(.min), .integer(2): .integer(.max), .integer(3): .integer((1 << 53) + 1),
                                         .integer(.min): .string("min key"), .number(-.infinity): .string("-inf key")]),
        ])
        let text = PartialValue.fileText(value, script: "x", source: "return {}")
        let back = try PartialValue.read(fileText: Data(text.utf8), path: "mem", script: "x", source: "return {}")
        #expect(back == value)
        // Another script's partial (or another version of the script) is refused by name.
        #expect(throws: ScriptHostError.self) {
            try PartialValue.read(fileText: Data(text.utf8), path: "mem", script: "y", source: "return { }")
        }
    }

    @Test func contractMisuseIsAClearError() throws {
        let host = try makeHost([Paths.seed])
        let half = #expect(throws: ScriptHostError.self) {
            try host.runScript(source: "return { Release = function() end, partial = function() return {} end }", name: "half.lua")
        }
        #expect(half?.message.contains("define both partial and merge") == true)
        let noSplit = #expect(throws: ScriptHostError.self) {
            try host.runScript(source: "return { Release = function() end }", name: "plain.lua", emitPartial: true)
        }
        #expect(noSplit?.message.contains("cannot emit a partial") == true)
        let opaque = #expect(throws: ScriptHostError.self) {
            try host.runScript(source: "return { Release = function() end, partial = function() return { f = print } end, merge = function(a) return a end }",
                               name: "fn.lua")
        }
        #expect(opaque?.message.contains("plain data") == true)
        #expect(opaque?.message.contains("partial.f") == true)
    }
}
