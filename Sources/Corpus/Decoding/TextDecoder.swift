/// Turns an input's bytes into UTF-8: strips a UTF-8 byte-order mark, transcodes UTF-16 (with a
/// BOM, or without one when the NUL pattern makes it unmistakable), decodes text that is clearly
/// Windows-1252 / Latin-1, and otherwise replaces invalid UTF-8 with U+FFFD. Every repair comes
/// back as a warning naming the line, so nothing is silently changed.
enum TextDecoder {
    struct Result {
        var bytes: [UInt8]
        var warning: String?
    }

    static func decode(_ bytes: [UInt8]) -> Result {
        decode(bytes, bomlessUTF16: BinarySniffer.bomlessUTF16(bytes))
    }

    /// As `decode(_:)`, with `BinarySniffer.bomlessUTF16(bytes)` already known (the corpus reader
    /// sniffs it before deciding whether the input is text, so it is not computed twice).
    static func decode(_ bytes: [UInt8], bomlessUTF16: Bool?) -> Result {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return decodeUTF8(Array(bytes.dropFirst(3))) }
        if bytes.starts(with: [0xFF, 0xFE]) { return decodeUTF16(bytes.dropFirst(2), bigEndian: false, how: "UTF-16LE (byte-order mark)") }
        if bytes.starts(with: [0xFE, 0xFF]) { return decodeUTF16(bytes.dropFirst(2), bigEndian: true, how: "UTF-16BE (byte-order mark)") }
        if let bigEndian = bomlessUTF16 {
            return decodeUTF16(bytes[...], bigEndian: bigEndian, how: bigEndian ? "UTF-16BE" : "UTF-16LE", warn: true)
        }
        return decodeUTF8(bytes)
    }

    /// Validation statistics for UTF-8 (RFC 3629: no overlongs, surrogates or values past U+10FFFF).
    struct Scan {
        var invalid = 0
        var validMultibyte = 0
        var firstInvalid: Int?
        var highBytes = 0
    }

    static func scan(_ bytes: [UInt8]) -> Scan {
        var s = Scan()
        bytes.withUnsafeBufferPointer { p in
            let n = p.count
            let raw = UnsafeRawBufferPointer(p)
            var i = 0
            while i < n {
                // ASCII eight bytes at a time
                if i + 8 <= n, UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) & 0x8080_8080_8080_8080 == 0 {
                    i += 8; continue
                }
                let b = p[i]
                if b < 0x80 { i += 1; continue }
                s.highBytes += 1
                var need = 0
                var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
                switch b {
                case 0xC2...0xDF: need = 1
                case 0xE0: need = 2; lo = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: need = 2
                case 0xED: need = 2; hi = 0x9F
                case 0xF0: need = 3; lo = 0x90
                case 0xF1...0xF3: need = 3
                case 0xF4: need = 3; hi = 0x8F
                default: need = -1
                }
                var ok = need > 0 && i + need < n && p[i + 1] >= lo && p[i + 1] <= hi
                if ok, need > 1 {
                    for k in 2...need where p[i + k] & 0xC0 != 0x80 { ok = false }
                }
                if ok {
                    s.validMultibyte += 1
                    s.highBytes += need
                    i += need + 1
                } else {
                    s.invalid += 1
                    if s.firstInvalid == nil { s.firstInvalid = i }
                    i += 1
                }
            }
        }
        return s
    }

    private static func decodeUTF8(_ bytes: [UInt8]) -> Result {
        let s = scan(bytes)
        guard s.invalid > 0, let first = s.firstInvalid else { return Result(bytes: bytes) }
        let line = lineNumber(of: first, in: bytes)
        // No valid multi-byte sequence at all, in text that is mostly ASCII: a legacy 8-bit file.
        if s.validMultibyte == 0, s.highBytes * 5 <= bytes.count {
            let usesC1 = bytes.contains { $0 >= 0x80 && $0 < 0xA0 }
            let name = usesC1 ? "Windows-1252" : "Latin-1 (ISO-8859-1)"
            return Result(bytes: Windows1252.decode(bytes),
                          warning: "not UTF-8 (first non-UTF-8 byte on line \(line)); decoded as \(name)")
        }
        let repaired = Array(String(decoding: bytes, as: UTF8.self).utf8)
        let what = s.invalid == 1 ? "1 invalid UTF-8 sequence" : "\(s.invalid) invalid UTF-8 sequences"
        return Result(bytes: repaired, warning: "\(what) replaced with U+FFFD (first on line \(line))")
    }

    private static func decodeUTF16(_ body: ArraySlice<UInt8>, bigEndian: Bool, how: String, warn: Bool = false) -> Result {
        var out: [UInt8] = []
        out.reserveCapacity(body.count)
        var bad = 0
        var pending: UInt32?
        var i = body.startIndex
        while i + 1 < body.endIndex {
            let unit = bigEndian ? UInt32(body[i]) << 8 | UInt32(body[i + 1]) : UInt32(body[i + 1]) << 8 | UInt32(body[i])
            i += 2
            if let high = pending {
                pending = nil
                if (0xDC00...0xDFFF).contains(unit) {
                    UTF8Writer.append(0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00), to: &out)
                    continue
                }
                bad += 1
                out += UTF8Writer.replacement
            }
            switch unit {
            case 0xD800...0xDBFF: pending = unit
            case 0xDC00...0xDFFF: bad += 1; out += UTF8Writer.replacement
            default: UTF8Writer.append(unit, to: &out)
            }
        }
        if pending != nil || i < body.endIndex { bad += 1; out += UTF8Writer.replacement }
        var notes: [String] = []
        if warn { notes.append("no byte-order mark; decoded as \(how)") }
        if bad > 0 { notes.append("\(bad) invalid \(how) code unit(s) replaced with U+FFFD") }
        return Result(bytes: out, warning: notes.isEmpty ? nil : notes.joined(separator: "; "))
    }

    static func lineNumber(of offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for b in bytes[..<min(offset, bytes.count)] where b == 0x0A { line += 1 }
        return line
    }
}
