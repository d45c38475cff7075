/// Small byte-string helpers for matching words and phrases without building `String`s.
enum ByteText {
    /// Whether `b` starts (at `from`) with `phrase`, ASCII case-insensitively, ending at a word boundary.
    static func hasPrefix(_ b: [UInt8], _ phrase: [UInt8], at from: Int = 0) -> Bool {
        guard b.count - from >= phrase.count else { return false }
        for k in 0..<phrase.count where Bytes.lower(b[from + k]) != phrase[k] { return false }
        let e = from + phrase.count
        return e == b.count || !Bytes.isAlnum(b[e]) || !Bytes.isAlnum(phrase[phrase.count - 1])
    }

    /// The first of `phrases` that `b` starts with, and its length.
    static func prefix(_ b: [UInt8], _ phrases: [[UInt8]], at from: Int = 0) -> Int? {
        for p in phrases where hasPrefix(b, p, at: from) { return p.count }
        return nil
    }

    /// Whether `phrase` occurs in `b` at a word start (case-insensitive).
    static func contains(_ b: [UInt8], _ phrase: [UInt8]) -> Bool {
        guard b.count >= phrase.count else { return false }
        var i = 0
        while i + phrase.count <= b.count {
            if (i == 0 || !Bytes.isAlnum(b[i - 1])), hasPrefix(b, phrase, at: i) { return true }
            i += 1
        }
        return false
    }

    static func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    /// Letters only, lower-cased: for comparing a repeated headline or a letter-spaced label.
    static func letterKey(_ b: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        for c in b where Bytes.isAlnum(c) || c >= 0x80 { out.append(Bytes.lower(c)) }
        return out
    }

    static func counts(_ b: [UInt8]) -> (upper: Int, lower: Int, digits: Int, words: Int) {
        var u = 0, l = 0, d = 0, w = 0
        var inWord = false
        for c in b {
            if Bytes.isUpper(c) { u += 1 } else if Bytes.isLower(c) { l += 1 } else if Bytes.isDigit(c) { d += 1 }
            let space = c == 0x20
            if !space && !inWord { w += 1 }
            inWord = !space
        }
        return (u, l, d, w)
    }
}
