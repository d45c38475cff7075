/// A word or punctuation token of a paragraph text (byte offsets into the text).
struct Token: Sendable {
    enum Kind: UInt8 { case word, punct, dash, quote }
    var start: Int
    var stop: Int
    var kind: Kind
    /// The first byte of a punctuation token (`,` `.` `:` …); 0 for words.
    var byte: UInt8
    /// Word starts with an upper-case letter (ASCII, or a non-ASCII capital).
    var capitalized: Bool
    /// Whitespace precedes the token.
    var spaceBefore: Bool
}

/// Splits a paragraph text into tokens in one linear pass over its UTF-8 bytes. Words keep
/// internal apostrophes, hyphens, dots and ampersands (`Trump’s`, `Asia-Pacific`, `U.S`, `AT&T`).
enum Tokenizer {
    static func tokens(_ b: UnsafeBufferPointer<UInt8>) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(b.count / 5 + 4)
        var i = 0
        var space = true
        let n = b.count
        while i < n {
            let w = ByteClass.spaceWidth(b, i)
            if w > 0 { i += w; space = true; continue }
            // Markdown emphasis (`**Senator Jane Doe:** “…”`) is markup, not punctuation: skipped,
            // so the colon hands over to the quote and the name opens its lead-in.
            if b[i] == 0x2A { i += 1; continue }
            if ByteClass.isWordStart(b, i) {
                let start = i
                i += ByteClass.scalarLength(b[i])
                var segment = start  // start of the current dot-separated segment
                while i < n {
                    if ByteClass.isWordStart(b, i) { i += ByteClass.scalarLength(b[i]); continue }
                    if b[i] >= 0x80 && b[i] < 0xC0 { i += 1; continue }
                    // C1 controls only occur in mojibake ("HansonâYoung"): keep the word whole.
                    if b[i] == 0xC2, i + 1 < n, b[i + 1] >= 0x80, b[i + 1] <= 0x9F { i += 2; continue }
                    // Joiners stay inside a word when a letter or digit follows; a dot only inside
                    // short segments (`U.S`, `Ph.D`), so `Young.last` (OCR) splits.
                    var j = ByteClass.apostropheWidth(b, i)
                    // A possessive `’s` is its own token, so "Trump’s" reads as the name "Trump".
                    if j > 0, i + j < n, b[i + j] == 0x73 || b[i + j] == 0x53,
                       i + j + 1 >= n || !ByteClass.isWordStart(b, i + j + 1) { break }
                    if j == 0, b[i] == 0x2D || b[i] == 0x26 || b[i] == 0x2F { j = 1 }
                    if j == 0, b[i] == 0x2E, i - segment <= 2 { j = 1; segment = i + 1 }
                    if j == 0, b[i] == 0xE2, i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0x90 || b[i + 2] == 0x91 { j = 3 }
                    if j > 0, i + j < n, ByteClass.isWordStart(b, i + j) { i += j; continue }
                    break
                }
                out.append(Token(start: start, stop: i, kind: .word, byte: 0,
                                 capitalized: isCapital(b, start), spaceBefore: space))
                space = false
                continue
            }
            let start = i
            let c = b[i]
            var kind = Token.Kind.punct
            var len = ByteClass.scalarLength(c)
            if QuoteMarks.family(b, i) != nil { kind = .quote }
            else if ByteClass.dashWidth(b, i) > 0 { kind = .dash }
            if len > n - i { len = n - i }
            i += len
            out.append(Token(start: start, stop: i, kind: kind, byte: c, capitalized: false, spaceBefore: space))
            space = false
        }
        return out
    }

    @inline(__always)
    static func isCapital(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let c = b[i]
        if c < 0x80 { return ByteClass.isUpper(c) }
        // Latin-1 Supplement and Latin Extended-A capitals (Č, Ł, Š, Ž, É…): decode one scalar.
        let len = min(ByteClass.scalarLength(c), b.count - i)
        let s = String(decoding: UnsafeBufferPointer(rebasing: b[i..<(i + len)]), as: UTF8.self)
        return s.first?.isUppercase ?? false
    }
}
