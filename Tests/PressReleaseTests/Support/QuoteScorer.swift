import Foundation
import PressRelease

/// Scores extracted quotes against hand labels (Tests/PressReleaseTests/Labels/quotes.jsonl).
/// A predicted quote matches a labelled one when it covers at least half of the labelled words;
/// a matched quote's speaker is right when the surnames agree (or both are nobody).
struct QuoteScorer {
    struct Label: Decodable {
        struct Span: Decodable { var start: Int; var stop: Int; var speaker: String? }
        var path: String
        var quotes: [Span]
    }

    struct Tally {
        var predicted = 0, labelled = 0, matched = 0, speakerRight = 0
        var precision: Double { predicted == 0 ? 1 : Double(matched) / Double(predicted) }
        var recall: Double { labelled == 0 ? 1 : Double(matched) / Double(labelled) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        var speakerAccuracy: Double { matched == 0 ? 1 : Double(speakerRight) / Double(matched) }
        static func += (a: inout Tally, b: Tally) {
            a.predicted += b.predicted; a.labelled += b.labelled; a.matched += b.matched; a.speakerRight += b.speakerRight
        }
    }

    static func labels(_ file: String = "quotes.jsonl") throws -> [Label] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Labels/\(file)")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        return try lines.map { try JSONDecoder().decode(Label.self, from: Data($0.utf8)) }
    }

    /// Scores one release; `misses` collects human-readable differences.
    static func score(_ label: Label, _ release: Release, misses: inout [String]) -> Tally {
        let bytes = release.source.bytes
        // These labels mark quotations in quotation marks; transcript turns are scored by their own tests.
        let predicted = release.quotes.filter { $0.kind != .turn }
        var t = Tally(predicted: predicted.count, labelled: label.quotes.count)
        var used = Set<Int>()
        for span in label.quotes {
            let words = wordRanges(bytes, span.start, span.stop)
            var best: Int? = nil, bestCover = 0
            for (i, q) in predicted.enumerated() where !used.contains(i) {
                let cover = words.filter { ($0.0 + $0.1) / 2 >= q.start && ($0.0 + $0.1) / 2 < q.stop }.count
                if cover > bestCover { best = i; bestCover = cover }
            }
            let excerpt = String(decoding: bytes[span.start..<min(span.stop, span.start + 50)], as: UTF8.self)
            guard let i = best, bestCover * 2 >= words.count else {
                misses.append("MISS  \(label.path) @\(span.start) “\(excerpt)…”")
                continue
            }
            used.insert(i)
            t.matched += 1
            let got = release.speaker(of: predicted[i])?.name
            if sameSpeaker(span.speaker, got) { t.speakerRight += 1 }
            else { misses.append("WHO   \(label.path) @\(span.start) want \(span.speaker ?? "nobody") got \(got ?? "nobody") (\(predicted[i].mention ?? "-")) “\(excerpt)…”") }
        }
        for (i, q) in predicted.enumerated() where !used.contains(i) {
            misses.append("EXTRA \(label.path) @\(q.start) [\(q.kind.rawValue)] “\(q.text.prefix(50))…”")
        }
        return t
    }

    static func wordRanges(_ b: [UInt8], _ s: Int, _ e: Int) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        var i = s
        while i < e {
            while i < e, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x09 || b[i] == 0x0D { i += 1 }
            let w = i
            while i < e, !(b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x09 || b[i] == 0x0D) { i += 1 }
            if i > w { out.append((w, i)) }
        }
        return out
    }

    static func sameSpeaker(_ want: String?, _ got: String?) -> Bool {
        guard let want else { return got == nil }
        guard let got else { return false }
        return surname(want) == surname(got)
    }

    static func surname(_ name: String) -> String {
        let words = name.lowercased().split(whereSeparator: { $0.isWhitespace }).map { w in
            String(w.unicodeScalars.filter { $0.isASCII && CharacterSet.lowercaseLetters.contains($0) }.map(Character.init))
        }.filter { !$0.isEmpty && !["jr", "sr", "ii", "iii", "phd", "md"].contains($0) }
        return words.last ?? ""
    }
}
