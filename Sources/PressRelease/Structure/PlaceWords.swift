/// Heuristics for the place and agency parts of a dateline, on bytes.
enum PlaceWords {
    /// Lower-case words a place name may contain (`Isle of Man`, `Rio de Janeiro`).
    static let connectors: Set<[UInt8]> = Set(["of", "de", "la", "del", "da", "do", "upon", "on", "am", "and", "du", "le", "el"].map { Array($0.utf8) })
    /// Capitalised words that open sentences, not places.
    static let notPlaces: Set<[UInt8]> = Set(["the", "this", "that", "today", "yesterday", "tonight", "we", "i", "our",
                                               "in", "on", "at", "for", "a", "an", "he", "she", "it", "they", "as",
                                               "update", "note", "editor", "senator", "congressman", "congresswoman",
                                               "rep", "mr", "mrs", "ms", "dr", "president", "minister", "sen", "by",
                                               "photo", "video", "contact", "media", "press", "news", "statement",
                                               "about", "and", "but", "if", "when", "with", "from", "after"].map { Array($0.utf8) })

    /// Words of release labels, never in a place name: `NZCTU MEDIA RELEASE` is a label line.
    static let labelWords: Set<[UInt8]> = Set(["release", "releases", "statement", "advisory", "transcript"].map { Array($0.utf8) })

    /// Short, capitalised words with no digits: `WASHINGTON`, `Washington, D.C.`, `Keene, NH`.
    static func looksLikePlace(_ b: [UInt8], _ r: Range<Int>) -> Bool {
        guard r.count >= 2, r.count <= 60 else { return false }
        var words = 0
        var i = r.lowerBound
        while i < r.upperBound {
            while i < r.upperBound, b[i] == 0x20 || b[i] == 0x2C { i += 1 }
            guard i < r.upperBound else { break }
            let w = i
            while i < r.upperBound, b[i] != 0x20, b[i] != 0x2C { i += 1 }
            words += 1
            let first = b[w]
            for k in w..<i where Bytes.isDigit(b[k]) || b[k] == 0x3A || b[k] == 0x22 || b[k] == 0x40 { return false }
            let lowered = (w..<i).map { Bytes.lower(b[$0]) }.filter { $0 != 0x2E }
            if words == 1, notPlaces.contains(lowered) { return false }
            if labelWords.contains(lowered) { return false }
            if Bytes.isUpper(first) || first >= 0xC0 { continue }
            if connectors.contains(lowered) { continue }
            return false
        }
        return words >= 1 && words <= 8
    }

    /// A place that stands alone as a dateline: all capitals, `City, ST`, one word, or ending in an
    /// abbreviation like `D.C.`; or in parentheses (checked by the caller).
    static func isStrongPlace(_ b: [UInt8], _ r: Range<Int>) -> Bool {
        var hasLower = false, hasComma = false, spaces = 0
        for i in r {
            if Bytes.isLower(b[i]) { hasLower = true }
            if b[i] == 0x2C { hasComma = true }
            if b[i] == 0x20 { spaces += 1 }
        }
        if r.lowerBound > 0, b[r.lowerBound - 1] == 0x28 { return true }
        if !hasLower || hasComma || spaces == 0 { return true }
        // `Washington D.C.`: last word an abbreviation with dots
        var k = r.upperBound
        while k > r.lowerBound, b[k - 1] != 0x20 { k -= 1 }
        var dots = 0
        for i in k..<r.upperBound where b[i] == 0x2E { dots += 1 }
        // `Washington DC`: a two-letter state code
        let last = r.upperBound - k
        if last == 2, Bytes.isUpper(b[k]), Bytes.isUpper(b[k + 1]), spaces <= 3 { return true }
        return dots >= 2 && spaces <= 2
    }
}

enum AgencyWords {
    static let hints: [[UInt8]] = ["news", "wire", "press", "pr ", ".com", ".ai", "media", "service", "eirns",
                                   "release", "karma", "reuters", "ap", "afp", "upi"].map { Array($0.utf8) }

    /// Wire and agency names: `NewMediaWire`, `Newsworthy.ai`, `EIRNS`, `PR Karma`, `USANews.com`.
    static func looksLikeAgency(_ b: [UInt8], _ r: Range<Int>) -> Bool {
        guard r.count >= 2, r.count <= 60, Bytes.isUpper(b[r.lowerBound]) || Bytes.isDigit(b[r.lowerBound]) else { return false }
        let lower = r.map { Bytes.lower(b[$0]) }
        for h in hints where lower.count >= h.count {
            if h.count <= 3 {
                if lower == h { return true }
                continue
            }
            if (0...(lower.count - h.count)).contains(where: { Array(lower[$0..<($0 + h.count)]) == h }) { return true }
        }
        // all capitals, short: `EIRNS`, `AFP`
        var letters = 0
        for i in r { if Bytes.isLower(b[i]) { return false }; if Bytes.isUpper(b[i]) { letters += 1 } }
        return letters >= 2 && r.count <= 8
    }
}
