import Foundation
import Testing
import PressRelease

/// Confidence is calibrated on the hand labels: attributions given a lower confidence are wrong
/// more often (figures per rule and band: Benchmarks/accuracy/calibration.py).
@Test func lowConfidenceMeansMoreErrors() throws {
    var low = (right: 0, total: 0), high = (right: 0, total: 0)
    for file in ["quotes.jsonl", "quotes-heldout.jsonl", "quotes-heldout-2.jsonl"] {
        for label in try QuoteScorer.labels(file) {
            let release = try CorpusLocation.parse(label.path)
            let quotes = release.quotes.filter { $0.kind != .turn }
            for span in label.quotes {
                let words = QuoteScorer.wordRanges(release.source.bytes, span.start, span.stop)
                guard let q = quotes.first(where: { q in
                    words.filter { ($0.0 + $0.1) / 2 >= q.start && ($0.0 + $0.1) / 2 < q.stop }.count * 2 >= words.count
                }), q.rule != nil else { continue }
                let right = QuoteScorer.sameSpeaker(span.speaker, release.speaker(of: q)?.name) ? 1 : 0
                if q.confidence < 0.9 { low.right += right; low.total += 1 } else { high.right += right; high.total += 1 }
            }
        }
    }
    #expect(low.total >= 10 && high.total >= 100)
    let lowAccuracy = Double(low.right) / Double(max(low.total, 1))
    let highAccuracy = Double(high.right) / Double(max(high.total, 1))
    print("confidence < 0.9: \(low.right)/\(low.total) right; ≥ 0.9: \(high.right)/\(high.total) right")
    #expect(lowAccuracy < highAccuracy)
}
