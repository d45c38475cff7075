/// One line of the source: its byte range without the terminator, and the range trimmed of
/// spaces, tabs, non-breaking spaces and a BOM.
struct SourceLine {
    var start: Int
    var stop: Int
    var lo: Int
    var hi: Int
    var isBlank: Bool { lo >= hi }
    var length: Int { hi - lo }
}

enum SourceLines {
    /// Splits on LF (a preceding CR is dropped); lone CRs also end a line.
    static func scan(_ s: UnsafeBufferPointer<UInt8>) -> [SourceLine] {
        var out: [SourceLine] = []
        out.reserveCapacity(s.count / 64 + 1)
        var start = 0
        var i = 0
        let n = s.count
        while i < n {
            let b = s[i]
            if b == 0x0A || b == 0x0D {
                out.append(line(s, start, i))
                if b == 0x0D, i + 1 < n, s[i + 1] == 0x0A { i += 1 }
                start = i + 1
            }
            i += 1
        }
        if start < n { out.append(line(s, start, n)) }
        return out
    }

    private static func line(_ s: UnsafeBufferPointer<UInt8>, _ start: Int, _ stop: Int) -> SourceLine {
        var lo = start, hi = stop
        while lo < hi {
            let w = Bytes.whitespaceWidth(s, lo, hi)
            if w == 0 { break }
            lo += w
        }
        while hi > lo {
            let w = Bytes.trailingWhitespaceWidth(s, lo, hi)
            if w == 0 { break }
            hi -= w
        }
        return SourceLine(start: start, stop: stop, lo: lo, hi: hi)
    }
}

/// Byte-level character classes shared by the parser stages.
enum Bytes {
    /// Width of the whitespace (ASCII, NBSP, BOM, narrow/zero-width spaces) at `i`, or 0.
    @inline(__always)
    static func whitespaceWidth(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        let b = s[i]
        if b == 0x20 || b == 0x09 || b == 0x0B || b == 0x0C || b == 0x0D || b == 0x0A { return 1 }
        if b == 0xC2, i + 1 < end, s[i + 1] == 0xA0 { return 2 }
        if b == 0xEF, i + 2 < end, s[i + 1] == 0xBB, s[i + 2] == 0xBF { return 3 }
        if b == 0xE2, i + 2 < end, s[i + 1] == 0x80, s[i + 2] == 0xAF || s[i + 2] == 0x89 || s[i + 2] == 0x8B { return 3 }
        return 0
    }

    @inline(__always)
    static func trailingWhitespaceWidth(_ s: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Int {
        let b = s[hi - 1]
        if b == 0x20 || b == 0x09 || b == 0x0B || b == 0x0C || b == 0x0D || b == 0x0A { return 1 }
        if b == 0xA0, hi - 2 >= lo, s[hi - 2] == 0xC2 { return 2 }
        if hi - 3 >= lo, s[hi - 3] == 0xEF, s[hi - 2] == 0xBB, b == 0xBF { return 3 }
        if hi - 3 >= lo, s[hi - 3] == 0xE2, s[hi - 2] == 0x80, b == 0xAF || b == 0x89 || b == 0x8B { return 3 }
        return 0
    }

    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }
}
