import Foundation
import PressRelease
import Testing
@testable import ScriptHost

/// Issue 14, point 6: the reported-speech analysis runs only for scripts that ask for it (a
/// `Statement` hook, `meta.needs`, or reading `r.attributions`); quotes-only scripts never pay
/// for it. Observed on the releases themselves (`hasAttributionAnalysis`), not by timing.
@Suite struct AttributionLazinessTests {
    func release() throws -> Release {
        let text = try String(contentsOfFile: Paths.seed, encoding: .utf8)
        return ReleaseParser().parse(SourceDocument(path: Paths.seed, text: text))
    }

    /// What the parser workers compute up front for `script`, applied to a fresh release.
    func warmed(_ script: String) throws -> Release {
        let host = try makeHost([Paths.seed])
        try host.runScript(source: script, name: "lazy.lua")
        let r = try release()
        ReleaseNeeds.warmUp(host.needs)?(r)
        return r
    }

    @Test func readingQuotesAndPeopleLeavesTheAnalysisUnrun() throws {
        let r = try release()
        #expect(!r.quotes.isEmpty && !r.people.isEmpty)
        #expect(!r.hasAttributionAnalysis)
        #expect(!r.attributions.isEmpty)
        #expect(r.hasAttributionAnalysis)
    }

    @Test func quotesOnlyScriptsDoNotWarmUpAttributions() throws {
        let quotes = try warmed("return { Quote = function(q, r) local _ = q.speaker end, Person = function(p) end }")
        #expect(!quotes.hasAttributionAnalysis)
        #expect(quotes.quotes.count > 0)
        let bundled = try String(contentsOfFile: Paths.packageRoot.appendingPathComponent(
            "Scripts/quotes-per-speaker/quotes-per-speaker.lua").path, encoding: .utf8)
        #expect(!(try warmed(bundled)).hasAttributionAnalysis, "quotes-per-speaker with its default kinds=direct")
    }

    @Test func aStatementHookOrNeedsWarmsThemUp() throws {
        #expect(try warmed("return { Statement = function(st, r) end }").hasAttributionAnalysis)
        #expect(try warmed("return { meta = { needs = { 'attributions' } }, Release = function(r) end }").hasAttributionAnalysis)
    }

    @Test func aScriptRunsTheAnalysisOnlyWhenItReadsAttributions() throws {
        let host = try makeHost([Paths.seed])
        let counted = try host.runScript(source: """
            local n = 0
            return { Release = function(r) n = n + #r.quotes end, finish = function() return tostring(n) end }
            """, name: "q.lua")
        #expect(counted != .text("0"))
        #expect(!host.needs.contains("attributions"))
        let read = try host.runScript(source: """
            local n = 0
            return { Release = function(r) n = n + #r.attributions end, finish = function() return tostring(n) end }
            """, name: "a.lua")
        #expect(read != .text("0"), "r.attributions is computed on read")
    }
}
