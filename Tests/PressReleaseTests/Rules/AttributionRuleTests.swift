import Foundation
import Testing
import PressRelease

/// Tests keyed by attribution rule (`Quote.rule`), each on real releases of ../shared/corpus/real
/// where the rule once chose a wrong speaker or none.
@Suite struct AttributionRuleTests {
    func speakers(_ r: Release, _ kind: Quote.Kind? = nil) -> [String?] {
        r.quotes.filter { kind == nil || $0.kind == kind }.map { r.speaker(of: $0)?.name }
    }

    /// colon-lead-in: the subject of the introducing clause, not a name inside the reported
    /// clause it introduces ("… regarding reports that Justice Stephen Breyer plans to retire:").
    @Test func colonLeadInSubject() throws {
        let r = try CorpusLocation.parse("real/congress-us/2022-01-26_todd-young_0313.txt")
        #expect(speakers(r) == ["Todd Young"])
        #expect(r.quotes.first?.rule == .colonLeadIn)
        #expect(!r.people.contains { $0.name.contains("Breyer") && !$0.quotes.isEmpty })
    }

    /// colon-lead-in: a heading (`On Stopping Democrat Tax Hikes:`) or `Key excerpts include:`
    /// names no new speaker; the quotes stay with the release's speaker.
    @Test func headingsGiveNoSpeaker() throws {
        let a = try CorpusLocation.parse("real/congress-us/2024-11-10_john-barrasso_0400.txt")
        #expect(!a.quotes.isEmpty && speakers(a).allSatisfy { $0 == "John Barrasso" })
        #expect(!a.people.contains { ["Victories", "Tax Hikes", "Border"].contains($0.name) })
        let b = try CorpusLocation.parse("real/congress-us/2022-01-27_clay-higgins_0314.txt")
        #expect(!b.quotes.isEmpty && speakers(b).allSatisfy { $0 == "Clay Higgins" })
        #expect(!b.people.contains { $0.name == "Key" })
    }

    /// colon-lead-in: a lead-in that is only a name (`Murkowski:`, `Congressman Amodei:`).
    @Test func nameLabelLeadIn() throws {
        let r = try CorpusLocation.parse("real/congress-us/2013-03-13_michael-crapo_0234.txt")
        let got = speakers(r).compactMap { $0?.split(separator: " ").last.map(String.init) }
        #expect(Array(got.prefix(7)) == ["Crapo", "Murkowski", "Wyden", "Risch", "Cantwell", "Murray", "Begich"])
        #expect(r.quotes.prefix(7).allSatisfy { $0.rule == .colonLeadIn })
    }

    /// turn: a transcript turn run into a flattened body after a heading (`… of the G20 summit
    /// President of Russia Vladimir Putin: Mr President …`) is a quote of its speaker.
    @Test func turnInsideFlattenedBody() throws {
        for file in ["kremlin_2021-10-31_67044.txt", "kremlin_2021-12-21_67424.txt"] {
            let r = try CorpusLocation.parse("real/kremlin-ukraine/" + file)
            let turns = r.quotes.filter { $0.kind == .turn }
            #expect(turns.contains { r.speaker(of: $0)?.name == "Vladimir Putin" }, "\(file)")
            #expect(turns.allSatisfy { $0.rule == .turn && $0.cue?.lemma == ":" })
        }
    }

    /// turn: a `Question:` label names nobody; the answer's turn is its speaker's quote.
    @Test func questionLabelTurn() throws {
        let r = try CorpusLocation.parse("real/kremlin-ukraine/kremlin_2022-02-10_67749.txt")
        let turns = r.quotes.filter { $0.kind == .turn }
        let question = try #require(turns.firstIndex { $0.mention == "Question" })
        #expect(turns[question].speakerIndex == nil && turns[question].rule == nil)
        #expect(!r.people.contains { $0.name == "Question" })
        #expect(turns.indices.contains(question + 1) && r.speaker(of: turns[question + 1])?.name == "Vladimir Putin")
    }

    /// turn: a product heading of words the text writes in lower case (`Velvet Dresses: Velvet
    /// dresses symbolize …`) is no speaker.
    @Test func productHeadingIsNoTurn() throws {
        let r = try CorpusLocation.parse("real/corporate-wires/247PressRelease_20241012_warmth-and-tradition-pakstyle-s-winter-collection-2024-inspi.txt")
        #expect(r.people.isEmpty, "\(r.people.map(\.name))")
        #expect(r.quotes.allSatisfy { $0.kind != .turn })
    }

    /// Every attributed quote names its rule, and confidence is the rule's calibrated accuracy.
    @Test func everyAttributionHasARule() throws {
        let r = try CorpusLocation.parse("real/congress-us/2022-01-27_clay-higgins_0314.txt")
        for q in r.quotes where q.speakerIndex != nil {
            let rule = try #require(q.rule)
            #expect(q.confidence <= rule.calibratedConfidence && q.confidence > 0)
        }
        #expect(AttributionRule.issuer.calibratedConfidence < AttributionRule.cueThenSpeaker.calibratedConfidence)
    }
}
