import Foundation

/// The text operations behind `pr.text`, on Unicode scalars (never `Character`s on the word
/// path, which would cost grapheme breaking for nothing).
enum TextFunctions {
    /// Words: runs of letters, marks and digits. An apostrophe (' ’) or hyphen (- ‐ ‑) between
    /// two word characters stays inside the word (`Trump’s`, `Sergey-Lavrov`), as do `.` and `,`
    /// between digits (`3.5`, `1,000`).
    static func words(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { buf in wordRanges(buf).map { String(decoding: buf[$0], as: UTF8.self) } }
    }

    /// The byte ranges of the words in valid UTF-8 (a Swift string's bytes): one pass, decoding
    /// only non-ASCII scalars, so `pr.text.words` can push each word without building a String.
    static func wordRanges(_ b: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        forEachWordRange(b) { out.append($0) }
        return out
    }

    /// The same pass, handing each word's range to `body` as it is found (a caller that counts its
    /// work can then be stopped in the middle of a long text).
    static func forEachWordRange(_ b: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) throws -> Void) rethrows {
        var start = -1        // start of the current word, or -1
        var lastWasDigit = false
        var i = 0
        let n = b.count
        func scalar(at i: Int) -> (Unicode.Scalar, Int) {
            let c = b[i]
            if c < 0x80 { return (Unicode.Scalar(c), 1) }
            var value: UInt32, length: Int
            if c >= 0xF0 { value = UInt32(c & 0x07); length = 4 } else if c >= 0xE0 { value = UInt32(c & 0x0F); length = 3 } else { value = UInt32(c & 0x1F); length = 2 }
            length = min(length, n - i)
            for k in 1..<max(length, 1) { value = value << 6 | UInt32(b[i + k] & 0x3F) }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", max(length, 1))
        }
        while i < n {
            let (u, length) = scalar(at: i)
            if isWordScalar(u) {
                if start < 0 { start = i }
                lastWasDigit = isDigit(u)
            } else if start >= 0, i + length < n {
                let (next, _) = scalar(at: i + length)
                let joins = isWordScalar(next) && (joinsWords(u) || (isDigitSeparator(u) && lastWasDigit && isDigit(next)))
                if !joins {
                    try body(start..<i)
                    start = -1
                }
            } else if start >= 0 {
                try body(start..<i)
                start = -1
            }
            i += length
        }
        if start >= 0 { try body(start..<n) }
    }

    static func isWordScalar(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        switch u.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    static func joinsWords(_ u: Unicode.Scalar) -> Bool {
        u == "'" || u == "\u{2019}" || u == "-" || u == "\u{2010}" || u == "\u{2011}"
    }

    static func isDigitSeparator(_ u: Unicode.Scalar) -> Bool { u == "." || u == "," }
    static func isDigit(_ u: Unicode.Scalar) -> Bool {
        u.value < 0x80 ? (u.value >= 0x30 && u.value <= 0x39) : u.properties.numericType == .decimal
    }

    /// Case folding for comparisons: full Unicode folding (`Straße` → `strasse`, `ΣΟΦΟΣ` → `σοφοσ`).
    static func fold(_ text: String) -> String {
        // ASCII (most words of English releases) folds byte by byte, without Foundation.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            guard text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return text }
            return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        return text.folding(options: [.caseInsensitive], locale: nil)
    }

    /// Removes diacritics: `Frédéric Müller` → `Frederic Muller`.
    static func stripAccents(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive], locale: nil)
    }

    /// Compatibility-normalised (NFKC: ligatures, fullwidth and superscript forms become plain),
    /// typographic quotes, apostrophes and dashes made ASCII, every run of white space (also
    /// non-breaking) one space, trimmed.
    static func normalise(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for u in text.precomposedStringWithCompatibilityMapping.unicodeScalars {
            if u.properties.isWhitespace {
                space = !out.isEmpty
                continue
            }
            if space { out.append(" "); space = false }
            switch u {
            case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}": out.append("'")
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}", "\u{2033}": out.append("\"")
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": out.append("-")
            case "\u{2026}": out.append(contentsOf: "...".unicodeScalars)
            case "\u{00AD}", "\u{200B}", "\u{FEFF}": break // soft hyphen, zero-width space, BOM
            default: out.append(u)
            }
        }
        return String(out)
    }

    /// Whether the words of `phrase` occur as consecutive whole words of `text`, case-folded.
    /// `work` is told the comparisons made, so a long phrase in a long text can be stopped.
    static func hasWords(_ text: String, _ phrase: String, work: (Int) throws -> Void = { _ in }) rethrows -> Bool {
        let needle = try foldedWords(phrase, work)
        guard !needle.isEmpty else { return false }
        let hay = try foldedWords(text, work)
        guard hay.count >= needle.count else { return false }
        for start in 0...(hay.count - needle.count) where hay[start] == needle[0] {
            try work(needle.count)
            if hay[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }

    /// The case-folded words of `text`, each counted to `work` as it is built: building the words
    /// of a long text is itself long, and the limits must reach it before any comparison starts.
    private static func foldedWords(_ text: String, _ work: (Int) throws -> Void) rethrows -> [String] {
        var text = text, out: [String] = []
        try text.withUTF8 { buf in
            try forEachWordRange(buf) { r in
                try work(r.count)
                out.append(fold(String(decoding: buf[r], as: UTF8.self)))
            }
        }
        return out
    }

    /// Characters `i` through `j` (1-based, inclusive; negative counts from the end), as
    /// `string.sub` but by user-perceived characters.
    static func sub(_ text: String, _ i: Int, _ j: Int?) -> String {
        let chars = Array(text)
        let n = chars.count
        var from = i < 0 ? max(n + i + 1, 1) : max(i, 1)
        var to = j.map { $0 < 0 ? n + $0 + 1 : min($0, n) } ?? n
        if from > n || to < from { return "" }
        from -= 1
        to = min(to, n)
        return String(chars[from..<to])
    }
}
