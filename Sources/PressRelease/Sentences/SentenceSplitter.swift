/// Splits text into sentences on UTF-8 bytes: at `.`, `!`, `?` and ellipses followed by a space and
/// a capital, digit or opening quote; keeps closing quotes (`."`, `.”`) with their sentence; does not
/// split after abbreviations (`Mr.`, `Sen.`, `Nov.`, `No. 3`), initials (`J. Smith`, `U.S.`), or
/// inside decimals (`3.5`).
public enum SentenceSplitter {
    public static func sentences(of paragraphs: [Paragraph]) -> [Sentence] {
        var out: [Sentence] = []
        for p in paragraphs {
            let bytes = Array(p.text.utf8)
            for r in boundaries(bytes) {
                out.append(Sentence(index: out.count + 1, text: String(decoding: bytes[r], as: UTF8.self),
                                    paragraph: p.index, textStart: r.lowerBound, textStop: r.upperBound))
            }
        }
        return out
    }

    /// Byte ranges of the sentences of `b`, trimmed of spaces.
    public static func boundaries(_ b: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        let n = b.count
        var start = 0
        while start < n, b[start] == 0x20 { start += 1 }
        var i = start
        while i < n {
            let c = b[i]
            var isEnd = c == 0x2E || c == 0x21 || c == 0x3F
            var j = i + 1
            if c == 0xE2, i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0xA6 { isEnd = true; j = i + 3 }  // …
            guard isEnd else { i += 1; continue }
            while j < n, b[j] == 0x2E || b[j] == 0x21 || b[j] == 0x3F { j += 1 }
            j = skipClosers(b, j)
            if j >= n { break }
            if b[j] != 0x20 {
                // `colleagues.The Regional Whips`: a lost space between sentences
                if c == 0x2E, j == i + 1, i >= 2, Bytes.isLower(b[i - 1]), Bytes.isLower(b[i - 2]),
                   Bytes.isUpper(b[j]), j + 1 < n, Bytes.isLower(b[j + 1]), !isURLish(b, i) {
                    out.append(start..<j); start = j
                }
                i = j
                continue
            }
            var k = j
            while k < n, b[k] == 0x20 { k += 1 }
            guard k < n, startsSentence(b, k) else { i = k; continue }
            if c == 0x2E, j == i + 1, !splitsAfterPeriod(b, i, next: k) { i = k; continue }
            out.append(start..<j)
            start = k
            i = k
        }
        var end = n
        while end > start, b[end - 1] == 0x20 { end -= 1 }
        if end > start { out.append(start..<end) }
        return out
    }

    private static func skipClosers(_ b: [UInt8], _ from: Int) -> Int {
        var j = from
        while j < b.count {
            let d = b[j]
            if d == 0x22 || d == 0x27 || d == 0x29 || d == 0x5D { j += 1; continue }
            if d == 0xE2, j + 2 < b.count, b[j + 1] == 0x80, b[j + 2] == 0x99 || b[j + 2] == 0x9D { j += 3; continue }
            break
        }
        return j
    }

    private static func startsSentence(_ b: [UInt8], _ k: Int) -> Bool {
        let f = b[k]
        if Bytes.isUpper(f) || Bytes.isDigit(f) || f == 0x22 || f == 0x27 || f == 0x28 || f == 0x5B || f == 0x2A { return true }
        if f == 0xE2, k + 2 < b.count, b[k + 1] == 0x80, b[k + 2] == 0x9C || b[k + 2] == 0x98 { return true }
        return f >= 0xC3 && f <= 0xDF   // accented capitals and other alphabets
    }

    /// After a single `.` followed by a sentence start: is it a sentence end or an abbreviation?
    private static func splitsAfterPeriod(_ b: [UInt8], _ dot: Int, next k: Int) -> Bool {
        var w = dot
        while w > 0, Bytes.isLetter(b[w - 1]) || b[w - 1] == 0x2E { w -= 1 }
        guard w < dot else { return true }
        // the word must begin at a boundary (not `3.5` or a URL)
        if w > 0, b[w - 1] != 0x20, b[w - 1] != 0x28, b[w - 1] != 0x22, b[w - 1] != 0x2D, b[w - 1] < 0x80 { return true }
        let token = b[w..<dot]
        let letters = token.filter { $0 != 0x2E }
        let lower = letters.map(Bytes.lower)
        let nextIsDigit = Bytes.isDigit(b[k])
        if token.contains(0x2E) {
            // U.S., D.C., e.g.: weak
            return nextIsOpener(b, k)
        }
        if letters.count == 1 && Bytes.isUpper(letters[0]) { return false }   // initial: J. Smith
        if lower.count == 2, lower[0] == 0x6E, lower[1] == 0x6F { return !nextIsDigit }   // `No. 3`
        if Abbreviations.strong.contains(lower) {
            return Abbreviations.weak.contains(lower) && nextIsOpener(b, k)
        }
        if Abbreviations.weak.contains(lower) { return nextIsOpener(b, k) }
        return true
    }

    private static func nextIsOpener(_ b: [UInt8], _ k: Int) -> Bool {
        var e = k
        while e < b.count, Bytes.isLetter(b[e]) { e += 1 }
        guard e > k else { return b[k] == 0x22 || b[k] == 0xE2 }
        return Abbreviations.openers.contains(b[k..<e].map(Bytes.lower))
    }

    private static func isURLish(_ b: [UInt8], _ dot: Int) -> Bool {
        var w = dot
        while w > 0, b[w - 1] != 0x20 { w -= 1 }
        for k in w..<dot where b[k] == 0x2F || b[k] == 0x40 { return true }
        return w + 3 < dot && b[w] | 0x20 == 0x77 && b[w + 1] | 0x20 == 0x77 && b[w + 2] | 0x20 == 0x77
    }
}
