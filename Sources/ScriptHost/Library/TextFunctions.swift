import Foundation

/// The text operations behind `pr.text`, on Unicode scalars (never `Character`s on the word
/// path, which would cost grapheme breaking for nothing).
enum TextFunctions {
    /// Words: runs of letters, marks and digits. An apostrophe (' ’) or hyphen (- ‐ ‑) between
    /// two word characters stays inside the word (`Trump’s`, `Sergey-Lavrov`), as do `.` and `,`
    /// between digits (`3.5`, `1,000`).
    static func words(_ text: String) -> [String] {
        var out: [String] = []
        let scalars = Array(text.unicodeScalars)
        var i = 0
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { out.append(String(current)); current = String.UnicodeScalarView() }
        }
        while i < scalars.count {
            let u = scalars[i]
            if isWordScalar(u) {
                current.append(u)
            } else if !current.isEmpty, i + 1 < scalars.count, isWordScalar(scalars[i + 1]),
                      joinsWords(u) || (isDigitSeparator(u) && isDigit(scalars[i - 1]) && isDigit(scalars[i + 1])) {
                current.append(u)
            } else {
                flush()
            }
            i += 1
        }
        flush()
        return out
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
    static func isDigit(_ u: Unicode.Scalar) -> Bool { u.properties.numericType == .decimal }

    /// Case folding for comparisons: full Unicode folding (`Straße` → `strasse`, `ΣΟΦΟΣ` → `σοφοσ`).
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive], locale: nil)
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

    /// Non-overlapping occurrences of `needle` (0 for an empty needle).
    static func count(_ text: String, _ needle: String) -> Int {
        guard !needle.isEmpty else { return 0 }
        var n = 0
        var rest = text[...]
        while let r = rest.range(of: needle) {
            n += 1
            rest = rest[r.upperBound...]
        }
        return n
    }

    /// Whether the words of `phrase` occur as consecutive whole words of `text`, case-folded.
    static func hasWords(_ text: String, _ phrase: String) -> Bool {
        let needle = words(phrase).map(fold)
        guard !needle.isEmpty else { return false }
        let hay = words(text).map(fold)
        guard hay.count >= needle.count else { return false }
        for start in 0...(hay.count - needle.count) where hay[start] == needle[0] {
            if Array(hay[start..<(start + needle.count)]) == needle { return true }
        }
        return false
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
