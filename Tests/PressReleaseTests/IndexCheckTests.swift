import Foundation
import Testing
@testable import PressRelease

/// A second, coarser check over all 1,165 real releases: each folder's index.jsonl carries the
/// source's own title and date. Scores are printed per folder so they show in the test log.
/// The sources' titles are not always the text's headline (Trove catalogues its own titles, the
/// corporate archive dates are archive days), so the bars here are loose regression guards.
@Suite struct IndexCheckTests {
    struct Entry: Decodable {
        var file: String
        var title: String
        var date: String?
        var archive_date: String?
    }

    struct Score { var n = 0, exact = 0, loose = 0, dated = 0, dateMatch = 0, dateNear = 0 }

    static func loose(_ s: String?) -> String {
        String((s ?? "").lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    static func days(_ iso: String) -> Int? {
        let p = iso.split(separator: "-").compactMap { Int($0) }
        guard p.count == 3 else { return nil }
        let (y, m, d) = (p[0], p[1], p[2])
        let a = (14 - m) / 12, yy = y + 4800 - a, mm = m + 12 * a - 3
        return d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - yy / 100 + yy / 400
    }

    func score(_ folder: String) throws -> Score {
        let dir = CorpusLocation.root.appendingPathComponent("real/\(folder)")
        let lines = try String(contentsOf: dir.appendingPathComponent("index.jsonl"), encoding: .utf8).split(separator: "\n")
        var s = Score()
        for line in lines {
            let e = try JSONDecoder().decode(Entry.self, from: Data(line.utf8))
            let r = try CorpusLocation.parse("real/\(folder)/\(e.file)")
            s.n += 1
            let want = HTMLDecoding.decode(e.title)
            if LabelAccuracyTests.squeeze(want) == LabelAccuracyTests.squeeze(r.headline) { s.exact += 1 }
            if Self.loose(want) == Self.loose(r.headline) { s.loose += 1 }
            var gold = e.date.map { String($0.prefix(10)) }
            if gold == nil, let a = e.archive_date, a.count == 8 {
                gold = "\(a.prefix(4))-\(a.dropFirst(4).prefix(2))-\(a.suffix(2))"
            }
            if let got = r.date {
                s.dated += 1
                if got == gold { s.dateMatch += 1 }
                if let g = gold, let x = Self.days(g), let y = Self.days(got), abs(x - y) <= 7 { s.dateNear += 1 }
            }
        }
        let n = Double(s.n)
        print("[index] \(folder): \(s.n) releases; headline exact \(pct(Double(s.exact) / n)), case/punctuation-insensitive \(pct(Double(s.loose) / n)); date found \(pct(Double(s.dated) / n)), equal \(pct(Double(s.dateMatch) / n)) (of found \(pct(Double(s.dateMatch) / Double(max(1, s.dated))))), within 7 days \(pct(Double(s.dateNear) / n))")
        return s
    }

    @Test func congress() throws {
        let s = try score("congress-us")
        #expect(Double(s.exact) / Double(s.n) >= 0.97)
        #expect(Double(s.dateMatch) / Double(s.n) >= 0.97)
    }

    @Test func kremlin() throws {
        let s = try score("kremlin-ukraine")
        #expect(Double(s.exact) / Double(s.n) >= 0.97)
        #expect(Double(s.dateMatch) / Double(s.n) >= 0.97)
    }

    @Test func corporate() throws {
        let s = try score("corporate-wires")
        #expect(Double(s.exact) / Double(s.n) >= 0.95)
        // archive days trail the release's own date by a day or more; compare within a week
        #expect(Double(s.dateNear) / Double(max(1, s.dated)) >= 0.95)
    }

    @Test func australianParliament() throws {
        let s = try score("au-parliament")
        #expect(Double(s.loose) / Double(s.n) >= 0.55)
        #expect(Double(s.dateMatch) / Double(max(1, s.dated)) >= 0.85)
    }
}

/// Index titles keep the sources' HTML entities (`&amp;`, `&#39;`); decode them for comparison.
enum HTMLDecoding {
    static func decode(_ s: String) -> String {
        var t = TextBuilder()
        let bytes = Array(s.utf8)
        bytes.withUnsafeBufferPointer { t.append($0, 0..<$0.count) }
        return t.string
    }
}
