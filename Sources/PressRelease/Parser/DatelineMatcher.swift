import Foundation

/// Finds a dateline at the start of the first body line: `Nov. 8, 2017 (EIRNS)—`, `WASHINGTON –`.
enum DatelineMatcher {
    struct Match {
        var dateline: Dateline
        var rest: String
    }

    static let dashes = ["—", "–", " -- ", " - "]

    static func match(_ line: String, lineStart: Int) -> Match? {
        // The dateline ends at the first dash within the first 120 characters.
        var best: Range<String.Index>?
        for dash in dashes {
            if let r = line.range(of: dash), line.distance(from: line.startIndex, to: r.lowerBound) < 120,
               best == nil || r.lowerBound < best!.lowerBound {
                best = r
            }
        }
        guard let cut = best else { return nil }
        var head = String(line[..<cut.lowerBound]).trimmingSpaces()
        var agency: String?
        if head.hasSuffix(")"), let open = head.lastIndex(of: "(") {
            agency = String(head[head.index(after: open)..<head.index(before: head.endIndex)])
            head = String(head[..<open]).trimmingSpaces()
        }
        let date = DateParser.isoDate(head)
        let looksLikePlace = head.uppercased() == head && head.utf8.count < 40 && !head.isEmpty
        guard date != nil || agency != nil || looksLikePlace else { return nil }
        let stop = lineStart + line[..<cut.upperBound].utf8.count
        let text = String(line[..<cut.lowerBound]).trimmingSpaces()
        let rest = String(line[cut.upperBound...]).trimmingSpaces()
        return Match(dateline: Dateline(text: text, place: date == nil ? head : nil, date: date,
                                        agency: agency, start: lineStart, stop: stop),
                     rest: rest)
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "," { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "," { s.removeLast() }
        return String(s)
    }
}
