import Foundation
import Testing
import PressRelease

/// The seed release: exactly its six quoted passages, all Sergey Lavrov's.
@Suite struct SeedQuoteTests {
    static let path = "seed/eirns-2017-11-08-lavrov.txt"

    @Test func sixQuotesAllLavrov() throws {
        let r = try CorpusLocation.parse(Self.path)
        let q = r.quotes
        #expect(q.count == 6)
        guard q.count == 6 else { return }
        for quote in q { #expect(r.speaker(of: quote)?.name == "Sergey Lavrov") }
        #expect(q[0].text.hasPrefix("We hear Donald Trump’s statements"))
        #expect(q[0].text.hasSuffix("you will be told about this"))  // hand-over comma dropped
        #expect(q[0].cue?.lemma == "tell")
        #expect(q[0].addressee == "reporters")
        #expect(q[1].text.hasPrefix("Tillerson will arrive"))
        #expect(q[1].cue?.words == "said")
        // After "On the discussions, Lavrov said," on the line before; the bracketed insertion stays.
        #expect(q[2].text.contains("[previous U.S. President Barack] Obama"))
        #expect(q[2].cue?.lemma == "say")
        #expect(q[3].cue?.lemma == "remark")
        #expect(q[3].text.contains("a hue and cry...."))
        #expect(q[4].mention == "he")
        #expect(q[5].text.hasPrefix("The traces there are domestic"))
        #expect(q.allSatisfy { $0.kind == .direct || $0.kind == .continued })
    }

    @Test func offsetsPointIntoTheSourceBytes() throws {
        let r = try CorpusLocation.parse(Self.path)
        let bytes = r.source.bytes
        for q in r.quotes {
            #expect(q.start >= 0 && q.stop <= bytes.count && q.start < q.stop)
            let raw = String(decoding: bytes[q.start..<q.stop], as: UTF8.self)
            #expect(raw == q.text, "source bytes \(q.start)..<\(q.stop) differ from the quote text")
            let mark = String(decoding: bytes[max(0, q.start - 1)..<q.start], as: UTF8.self)
            #expect(mark == "\"")
            let pos = r.position(of: q.start)
            #expect(q.line == pos.line && q.column == pos.column && q.line > 1)
        }
        #expect(r.quotes.map(\.line) == [4, 5, 7, 9, 12, 13])
    }

    @Test func onePersonPerIndividual() throws {
        let r = try CorpusLocation.parse(Self.path)
        let lavrov = r.people.filter { $0.surname == "Lavrov" }
        #expect(lavrov.count == 1)
        guard let p = lavrov.first else { return }
        #expect(p.titles.contains("Russian Foreign Minister"))
        #expect(p.quotes.count == 6)
        #expect(p.mentions.contains("Lavrov") && p.mentions.contains("he"))
        #expect(r.people.contains { $0.name == "Rex Tillerson" && $0.titles.contains("U.S. Secretary of State") })
        #expect(r.people.contains { $0.name == "Vladimir Putin" })
        #expect(r.organizations.contains { $0.name == "Asia-Pacific Economic Cooperation" && $0.acronym == "APEC" })
        #expect(r.places.contains { $0.name == "Da Nang" } && r.places.contains { $0.name == "Vietnam" })
    }
}

/// Transcript turns (`Name: words`), with the turn's speaker, also among the release's quotes.
@Test func kremlinTranscriptTurns() throws {
    let r = try CorpusLocation.parse("real/kremlin-ukraine/kremlin_2021-11-08_67072.txt")
    let turns = r.speech.turns
    #expect(turns.count >= 15)
    let speakers = Set(turns.compactMap { t in t.speakerIndex.map { r.people[$0].name } })
    #expect(speakers == ["Vladimir Putin", "Andrei Boginsky"])
    #expect(turns.allSatisfy { $0.kind == .turn && $0.cue?.lemma == ":" })
    #expect(turns.first.map { r.people[$0.speakerIndex ?? 0].titles.contains("President of Russia") } == true)
    // Turns are quotes of their speaker too (kind `turn`, rule `turn`), in source order.
    #expect(r.quotes.filter { $0.kind == .turn }.count == turns.count)
    #expect(r.quotes.filter { $0.kind == .turn }.allSatisfy { $0.rule == .turn })
    #expect(zip(r.quotes, r.quotes.dropFirst()).allSatisfy { $0.start <= $1.start })
}
