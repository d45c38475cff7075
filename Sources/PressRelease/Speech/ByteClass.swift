/// Classification of UTF-8 bytes and the few multi-byte punctuation marks press releases use.
/// Everything else above ASCII counts as a letter (names like "Nausėda", "Agnès").
enum ByteClass {
    /// Width of a whitespace sequence starting at `i` (ASCII space/tab/newline, NBSP), else 0.
    @inline(__always)
    static func spaceWidth(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let c = b[i]
        if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0B || c == 0x0C { return 1 }
        if c == 0xC2, i + 1 < b.count, b[i + 1] == 0xA0 { return 2 }
        if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, (b[i + 2] >= 0x80 && b[i + 2] <= 0x8B) || b[i + 2] == 0xAF {
            return 3
        }
        return 0
    }

    @inline(__always)
    static func isAsciiLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    @inline(__always)
    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    @inline(__always)
    static func isUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }

    /// Width of a dash (`-`, `–`, `—`, `‒`, `―`) at `i`, else 0.
    @inline(__always)
    static func dashWidth(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        if b[i] == 0x2D { return 1 }
        if b[i] == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] >= 0x92 && b[i + 2] <= 0x95 { return 3 }
        return 0
    }

    /// Width of an apostrophe (`'`, `’`, `‘`) at `i`, else 0.
    @inline(__always)
    static func apostropheWidth(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        if b[i] == 0x27 { return 1 }
        if b[i] == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x98 || b[i + 2] == 0x99 { return 3 }
        return 0
    }

    /// True when the byte at `i` starts a letter or digit (ASCII or any non-punctuation scalar).
    @inline(__always)
    static func isWordStart(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let c = b[i]
        if c < 0x80 { return isAsciiLetter(c) || isDigit(c) }
        if c < 0xC0 { return false }  // continuation byte
        if c == 0xC2 { return i + 1 < b.count && b[i + 1] >= 0xC0 }  // C2 80…BF is punctuation/symbols
        if c == 0xE2 { return false }  // general punctuation, arrows, symbols
        if c == 0xEF { return false }  // BOM, specials
        return true
    }

    /// Length of the UTF-8 sequence starting with `c`.
    @inline(__always)
    static func scalarLength(_ c: UInt8) -> Int {
        c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
    }
}
