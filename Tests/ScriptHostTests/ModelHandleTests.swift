import Foundation
import PressRelease
import LuaKit
import Testing
@testable import ScriptHost

@Suite struct ModelHandleTests {
    func seedHost() throws -> ScriptHost {
        let host = try makeHost([Paths.seed])
        try host.runScript(source: "r = pr.releases()()", name: "seed.lua")
        return host
    }

    @Test func listsWorkWithLengthIpairsAndPairs() throws {
        let host = try seedHost()
        let n = try eval(host, "#r.paragraphs").integer ?? 0
        #expect(n > 5)
        #expect(try eval(host, "(function() local c = 0 for i, p in ipairs(r.paragraphs) do assert(p.index == i) c = c + 1 end return c end)()") == .integer(n))
        #expect(try eval(host, "(function() local c = 0 for _ in pairs(r.sentences) do c = c + 1 end return c end)()") == eval(host, "#r.sentences"))
    }

    @Test func pairsOverAHandleListsItsPropertiesInOrder() throws {
        let host = try seedHost()
        let keys = try eval(host, "(function() local k = {} for name, v in pairs(r.dateline) do k[#k + 1] = name end return k end)()")
        #expect(keys.array.compactMap(\.string) == ["text", "place", "date", "agency", "file", "line", "column"])
        #expect(try eval(host, "(function() for k, v in pairs(r) do if k == 'headline' then return v end end end)()") == eval(host, "r.headline"))
    }

    @Test func equalityIsByIdentity() throws {
        let host = try seedHost()
        #expect(try eval(host, "r.sentences[1].paragraph == r.paragraphs[1]") == .boolean(true))
        #expect(try eval(host, "r.sentences[1].paragraph == r.paragraphs[2]") == .boolean(false))
        #expect(try eval(host, "r.paragraphs[1].release == r") == .boolean(true))
        #expect(try eval(host, "pr.parse('A\\n\\nB.') == r") == .boolean(false))
    }

    @Test func tostringReadsWell() throws {
        let host = try seedHost()
        #expect(try eval(host, "tostring(r)") == .string("Release 2017-11-08 \"Putin Ready for Meeting with Trump, Foreign Minister Lavrov…\" [\(Paths.seed)]"))
        #expect(try eval(host, "tostring(r.dateline)") == .string("Dateline: Nov. 8, 2017 (EIRNS)"))
        let paragraph = try eval(host, "tostring(r.paragraphs[1])").string ?? ""
        #expect(paragraph.hasPrefix("Paragraph 1: Speaking on the sidelines"))
    }

    @Test func nodesKnowTheirSourcePosition() throws {
        let host = try seedHost()
        let text = try String(contentsOfFile: Paths.seed, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 1...3 {
            let line = try eval(host, "r.paragraphs[\(i)].line").integer!, column = try eval(host, "r.paragraphs[\(i)].column").integer!
            let start = try eval(host, "r.paragraphs[\(i)].text:sub(1, 20)").string!
            let source = Array(lines[line - 1].utf8).dropFirst(column - 1)
            #expect(String(decoding: source, as: UTF8.self).hasPrefix(start), "paragraph \(i) at \(line):\(column)")
        }
        #expect(try eval(host, "r.file") == .string(Paths.seed))
        let headline = try eval(host, "r.headline").string
        #expect(try eval(host, "r.line").integer == lines.firstIndex { String($0) == headline }.map { $0 + 1 })
        #expect(try eval(host, "r.dateline.line") == .integer(3))
    }

    @Test func sentencesPointBackIntoTheSource() throws {
        let files = Paths.files(Paths.kremlin, 4) + Paths.files(Paths.australia, 4)
        let host = try makeHost(files)
        try host.runScript(source: """
            found = {}
            for r in pr.releases() do
              for _, s in ipairs(r.sentences) do
                found[#found + 1] = { file = s.file, line = s.line, column = s.column, start = s.text:sub(1, 12) }
              end
            end
            """, name: "sentences.lua")
        let found = try eval(host, "found").array
        #expect(found.count > 100)
        var sources: [String: [Substring]] = [:]
        var hits = 0
        for item in found {
            let file = item["file"].string!
            let lines = try sources[file] ?? String(contentsOfFile: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            sources[file] = lines
            let line = item["line"].integer!, column = item["column"].integer!
            let text = Array(lines[line - 1].utf8).dropFirst(column - 1)
            if String(decoding: text, as: UTF8.self).hasPrefix(item["start"].string!) { hits += 1 }
        }
        // Entity decoding and rejoined lines may shift a few; nearly all must land exactly.
        #expect(Double(hits) >= 0.95 * Double(found.count), "\(hits) of \(found.count) sentences found at their position")
    }

    @Test func handlesOutlivingTheirReleaseRaiseAClearError() throws {
        let host = try makeHost(Paths.files(Paths.kremlin, 3))
        try host.runScript(source: """
            return {
              Release = function(r) kept = kept or r; para = para or r.paragraphs[1]; head = head or r.headline end,
              finish = function()
                ok1, err1 = pcall(function() return kept.headline end)
                ok2, err2 = pcall(function() return para.text end)
                ok3, err3 = pcall(function() return kept:json() end)
              end,
            }
            """, name: "stale.lua")
        #expect(try eval(host, "type(head)") == .string("string"))
        #expect(try eval(host, "ok1") == .boolean(false))
        #expect(try eval(host, "err1") == .string("this Release is no longer valid: its corpus run moved on (keep the values you need, not the handle)"))
        #expect(try eval(host, "ok2") == .boolean(false))
        #expect(try eval(host, "err2") == .string("this Paragraph is no longer valid (its release has been processed: keep the values you need, not the handle)"))
        #expect(try eval(host, "ok3") == .boolean(false))
    }

    @Test func releasesIteratorHandlesStayValid() throws {
        let host = try makeHost(Paths.files(Paths.kremlin, 3))
        try host.runScript(source: "all = {} for r in pr.releases() do all[#all + 1] = r end", name: "keep.lua")
        #expect(try eval(host, "#all") == .integer(3))
        #expect(try eval(host, "type(all[1].headline) == 'string' and #all[1].paragraphs > 0") == .boolean(true))
    }

    @Test func jsonWritesObjectsInDeclarationOrderAndPlainTablesStably() throws {
        let host = try seedHost()
        let text = try eval(host, "r:json()").string ?? ""
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect(object?["headline"] as? String == (try eval(host, "r.headline").string))
        #expect((object?["paragraphs"] as? [Any])?.count == (try eval(host, "#r.paragraphs").integer))
        #expect(object?["sentences"] == nil) // not written: the paragraphs hold them
        #expect(text.hasPrefix("{\"id\":"))
        #expect(try eval(host, "pr.json(r) == r:json()") == .boolean(true))
        #expect(try eval(host, "pr.json({ b = 1, a = { 1, 2.5, 'x\"' }, c = { ok = true, none = {} } })")
                == .string("{\"a\":[1,2.5,\"x\\\"\"],\"b\":1,\"c\":{\"none\":[],\"ok\":true}}"))
        #expect(try eval(host, "pr.json({ d = r.dateline }, true)").string?.contains("\n  \"d\": {\n    \"text\": \"Nov. 8, 2017 (EIRNS)\"") == true)
        #expect(throws: LuaError.self) { try eval(host, "pr.json({ f = print })") }
    }
}

@Suite struct HandleScopeTests {
    /// What keeps memory flat over a corpus: once a release's hooks are done, nothing Lua holds
    /// keeps it alive, even handles a script stored away.
    @Test func closingTheScopeFreesTheReleaseWhileLuaStillHoldsHandles() throws {
        let host = try makeHost([])
        let text = try String(contentsOfFile: Paths.seed, encoding: .utf8)
        weak var weakRelease: Release?
        do {
            let release = ReleaseParser().parse(SourceDocument(path: Paths.seed, text: text))
            weakRelease = release
            host.context.handles.open(release)
            try host.vm.setGlobal("r") { $0.push(release: release) }
            try host.vm.run("kept = { r, r.paragraphs[1], r.sentences[2], r.dateline, r.paragraphs }")
            host.context.handles.close()
        }
        #expect(weakRelease == nil)
        #expect(try eval(host, "pcall(function() return kept[2].text end)") == .boolean(false))
        #expect(try eval(host, "select(2, pcall(function() return kept[4].place end))") == .string("this Dateline is no longer valid (its release has been processed: keep the values you need, not the handle)"))
    }
}
