import Foundation
import Testing
@testable import PressRelease

/// Hand-labelled releases (Labels/structure.jsonl: paths into ../shared/corpus, headline, date,
/// place, agency) scored against the parser. Fails when headline exact match drops below 97% or
/// date accuracy below 95%.
@Suite struct LabelAccuracyTests {
    struct Label: Decodable {
        var path: String
        var headline: String?
        var date: String?
        var place: String?
        var agency: String?
    }

    static func labels(_ file: String = "structure.jsonl") throws -> [Label] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Labels/\(file)")
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(Label.self, from: Data($0.utf8)) }
    }

    static func squeeze(_ s: String?) -> String? {
        s.map { $0.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ") }
    }

    @Test func labelledStructureAccuracy() throws {
        let labels = try Self.labels()
        #expect(labels.count >= 40)
        let folders = Set(labels.map { $0.path.split(separator: "/").prefix(2).joined(separator: "/") })
        #expect(folders.isSuperset(of: ["real/congress-us", "real/corporate-wires", "real/au-parliament", "real/kremlin-ukraine"]))
        let rate = try Self.score(labels, name: "labels")
        #expect(rate("headline") >= 0.97)
        #expect(rate("date") >= 0.95)
    }

    /// Releases drawn at random and labelled after the parser was tuned on the set above: an
    /// honest estimate, reported in the log and guarded only against collapse.
    @Test func heldOutStructureAccuracy() throws {
        let labels = try Self.labels("structure-heldout.jsonl")
        #expect(labels.count >= 10)
        let rate = try Self.score(labels, name: "held-out")
        #expect(rate("headline") >= 0.75)
        #expect(rate("date") >= 0.75)
    }

    static func score(_ labels: [Label], name: String) throws -> (String) -> Double {
        var hits = [String: Int]()
        var misses: [String] = []
        for l in labels {
            let r = try CorpusLocation.parse(l.path)
            func score(_ field: String, _ want: String?, _ got: String?) {
                if Self.squeeze(want) == Self.squeeze(got) { hits[field, default: 0] += 1 }
                else { misses.append("\(field) \(l.path): want \(want ?? "nil") got \(got ?? "nil")") }
            }
            score("headline", l.headline, r.headline)
            score("date", l.date, r.date)
            score("place", l.place, r.dateline?.place)
            score("agency", l.agency, r.dateline?.agency)
        }
        let n = Double(labels.count)
        let final = hits
        let rate = { (f: String) in Double(final[f, default: 0]) / n }
        print("[\(name)] \(labels.count) releases: headline \(pct(rate("headline"))), date \(pct(rate("date"))), place \(pct(rate("place"))), agency \(pct(rate("agency")))")
        for m in misses { print("[\(name)] miss \(m)") }
        return rate
    }
}

func pct(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }
