import Foundation
import Testing
import PressRelease
import TestSupport

/// Speech analysis never crashes or runs away: every corpus file, and inputs built to hurt
/// (thousands of unmatched marks, one 5 MB paragraph). Speed itself is measured by
/// Benchmarks/SpeechBenchmark (ratios within one run), not here.
@Suite struct SpeechRobustnessTests {
    @Test func everyCorpusFileYieldsConsistentQuotes() throws {
        var quotes = 0, people = 0, mismatched = 0
        for rel in CorpusLocation.allFiles() {
            let r = try CorpusLocation.parse(rel)
            let s = r.speech
            let bytes = r.source.bytes
            for (i, q) in s.quotes.enumerated() {
                #expect(q.start >= 0 && q.start < q.stop && q.stop <= bytes.count, "\(rel): quote offsets")
                #expect(!q.text.isEmpty && q.kind != .term)
                #expect(q.paragraph >= 1 && q.paragraph <= r.paragraphs.count)
                if let who = q.speakerIndex {
                    #expect(s.people.indices.contains(who))
                    if s.people.indices.contains(who) { #expect(s.people[who].quotes.contains(i)) }
                }
                // The quote starts where the source says it does (entities may shift a byte).
                if let first = q.text.utf8.first, bytes[q.start] != first, bytes[q.start] != 0x26 { mismatched += 1 }
            }
            for p in s.people { #expect(!p.name.isEmpty && !p.surname.isEmpty, "\(rel): empty person") }
            quotes += s.quotes.count
            people += s.people.count
        }
        print("[speech] \(quotes) quotes, \(people) people over the corpus; \(mismatched) start offsets off")
        #expect(quotes > 2000)
        #expect(mismatched == 0)
    }

    @Test func tenThousandUnmatchedMarks() {
        var body = "Headline\n\nWASHINGTON – Senator Ann Vale said "
        for k in 0..<10_000 { body += k % 3 == 0 ? "\"word " : (k % 3 == 1 ? "“word " : "« open ") }
        body += "\n\n\"Fine,\" she said.\n"
        let r = ReleaseParser().parse(SourceDocument(path: "marks", text: body))
        let s = r.speech
        #expect(s.quotes.count + s.terms.count <= 10_001)
        #expect(s.quotes.count < 100)  // one-word fragments are terms, not speech
        #expect(s.warnings.contains { $0.code == "unclosed-quote" })
        // The unclosed marks never swallow the next paragraph's quote.
        #expect(s.quotes.last?.text == "Fine")
        #expect(s.quotes.last.flatMap { r.speaker(of: $0)?.name } == "Ann Vale")
    }

    @Test func fiveMegabyteParagraph() {
        let unit = "President Maria Lind said the plan \"will work for every family in the region,\" and she added, \"We are ready.\" Lind met Mr. Tom Hale of Acme Corp (ACME) in Oslo. "
        let count = 5_000_000 / unit.utf8.count + 1
        let body = "Headline\n\n" + String(repeating: unit, count: count) + "\n"
        #expect(body.utf8.count > 5_000_000)
        let r = ReleaseParser().parse(SourceDocument(path: "big", text: body))
        let s = r.speech
        #expect(s.quotes.count >= count)
        #expect(s.people.filter { $0.surname == "Lind" }.count == 1)
        #expect(s.organizations.first { $0.acronym == "ACME" }.map { $0.mentions >= count } == true)
        let lind = s.people.firstIndex { $0.surname == "Lind" }
        #expect(s.quotes.allSatisfy { $0.speakerIndex == lind })
    }

    @Test func hostileBytesDoNotCrash() {
        var rng = SeededGenerator("SpeechRobustnessTests.hostileBytesDoNotCrash")
        let pool: [UInt8] = [0x22, 0x20, 0x0A, 0x2C, 0x2E, 0x3A, 0x41, 0x61, 0x4D, 0x72, 0xE2, 0x80, 0x9C, 0x9D, 0x9E,
                             0xC2, 0xAB, 0xBB, 0xA0, 0x27, 0x2D, 0x73, 0x61, 0x69, 0x64]
        for k in 0..<300 {
            let bytes = (0..<Int.random(in: 0..<600, using: &rng)).map { _ in pool.randomElement(using: &rng)! }
            let r = ReleaseParser().parse(SourceDocument(path: "fuzz-\(k)", bytes: bytes))
            for q in r.quotes { #expect(q.start <= q.stop && q.stop <= bytes.count) }
        }
    }
}
