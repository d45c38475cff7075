import Foundation
import Testing
@testable import PressRelease
import TestSupport

/// Every corpus file parses without a crash or a hang, and the model it yields is consistent:
/// offsets inside the source, sentences inside their paragraphs, ISO dates well formed.
@Suite struct RobustnessTests {
    @Test func everyCorpusFileParsesConsistently() throws {
        let files = CorpusLocation.allFiles()
        #expect(files.count >= 1166)
        var withHeadline = 0
        for rel in files {
            let r = try CorpusLocation.parse(rel)
            check(r, rel)
            if r.headline != nil { withHeadline += 1 }
        }
        print("[robustness] \(files.count) files parsed, \(withHeadline) with a headline")
    }

    @Test func hostileInputsDegradeToWarnings() {
        var rng = SeededGenerator("RobustnessTests.hostileInputsDegradeToWarnings")
        let badUTF8 = Array("Headline\n\nBody ".utf8) + [0xFF, 0xC3, 0x41, 0xE2, 0x82] + Array(" text \u{E9} end.\n".utf8) + [0xF0, 0x9F]
        var inputs: [[UInt8]] = [
            [], [0x0A], Array(repeating: 0x0A, count: 1000), Array(repeating: 0x20, count: 5000),
            [0xFF, 0xFE, 0x00, 0x41], [0xE2, 0x80], Array("&#99999999999;&amp&;&#x;".utf8),
            Array(("A" + String(repeating: "b. ", count: 20000)).utf8),
            Array(String(repeating: "\"(", count: 5000).utf8),
            Array(("Contact: " + String(repeating: "a@a", count: 30000)).utf8),
            Array(("Headline\n\n" + String(repeating: "[a](", count: 20000) + String(repeating: "x", count: 5000)).utf8),
            Array("# \n\n---\n\n###\n".utf8), Array("2.4.75 —".utf8), Array("(((((((((((".utf8),
            Array("WASHINGTON –".utf8), Array("February 30, 2024".utf8),
            badUTF8,
        ]
        for _ in 0..<200 {
            inputs.append((0..<Int.random(in: 0..<400, using: &rng)).map { _ in
                let pool: [UInt8] = [0x20, 0x0A, 0x0D, 0x2E, 0x22, 0x28, 0x29, 0x2D, 0x2F, 0x5B, 0x5D, 0x23, 0x26, 0x3B, 0x2C, 0xE2, 0x80, 0x94, 0x41, 0x61, 0x31]
                return Bool.random(using: &rng) ? pool.randomElement(using: &rng)! : UInt8.random(in: 0...255, using: &rng)
            })
        }
        for (k, b) in inputs.enumerated() {
            let r = ReleaseParser().parse(SourceDocument(path: "fuzz-\(k)", bytes: b))
            check(r, "fuzz-\(k)")
            if r.headline == nil { #expect(r.warnings.contains { $0.code == "no-headline" }) }
            if r.date == nil { #expect(r.warnings.contains { $0.code == "no-date" || $0.code == "impossible-date" }) }
        }
        // invalid UTF-8 becomes U+FFFD in the text, one per bad byte, and offsets still map back
        let bad = ReleaseParser().parse(SourceDocument(path: "bad", bytes: badUTF8))
        #expect(bad.paragraphs.first?.text == "Body \u{FFFD}\u{FFFD}A\u{FFFD}\u{FFFD} text \u{E9} end.")
    }

    /// Corpus files with random damage (flipped bytes, cuts, inserted blank lines and dateline-like
    /// debris) still parse into a consistent model.
    @Test func mutatedCorpusFilesStayConsistent() throws {
        let files = CorpusLocation.allFiles()
        var rng = SeededGenerator("RobustnessTests.mutatedCorpusFilesStayConsistent")
        for k in 0..<300 {
            var b = try CorpusLocation.document(files.randomElement(using: &rng)!).bytes
            for _ in 0..<Int.random(in: 1...6, using: &rng) where !b.isEmpty {
                let i = Int.random(in: 0..<b.count, using: &rng)
                switch Int.random(in: 0..<5, using: &rng) {
                case 0: b[i] = UInt8.random(in: 0...255, using: &rng)
                case 1: b.removeSubrange(i..<min(b.count, i + Int.random(in: 1...50, using: &rng)))
                case 2: b.insert(contentsOf: [0x0A, 0x0A], at: i)
                case 3: b = Array(b[0..<i])
                default: b.insert(contentsOf: Array(" — (X) / [a](b) &#8217; 2.4.75 ".utf8), at: i)
                }
            }
            let r = ReleaseParser().parse(SourceDocument(path: "mutant-\(k)", bytes: b))
            check(r, "mutant-\(k)")
            _ = ReleaseText.render([r])
        }
    }

    private func check(_ r: Release, _ name: String) {
        let n = r.source.bytes.count
        for p in r.paragraphs {
            #expect(p.start >= 0 && p.start <= p.stop && p.stop <= n, "\(name) paragraph \(p.index)")
            #expect(!p.text.isEmpty, "\(name) empty paragraph")
            let t = p.text.utf8.count
            for probe in [0, t / 2, max(0, t - 1)] {
                let o = p.sourceOffset(ofTextOffset: probe)
                #expect(o >= 0 && o <= n, "\(name) offset map")
            }
        }
        for s in r.sentences {
            let p = r.paragraphs[s.paragraph - 1]
            #expect(s.textStart >= 0 && s.textStart < s.textStop && s.textStop <= p.text.utf8.count, "\(name) sentence \(s.index)")
            let range = r.sourceRange(of: s)
            #expect(range.lowerBound >= p.start - 1 && range.upperBound <= n, "\(name) sentence range")
        }
        for b in r.boilerplate { #expect(b.start >= 0 && b.start <= b.stop && b.stop <= n, "\(name) boilerplate") }
        if let d = r.dateline { #expect(d.start >= 0 && d.start <= d.stop && d.stop <= n, "\(name) dateline") }
        if let d = r.date { #expect(d.utf8.count == 10 && DateParser.isoDate(d) == d, "\(name) date \(d)") }
        _ = ReleaseJSON.render([r])
    }
}
