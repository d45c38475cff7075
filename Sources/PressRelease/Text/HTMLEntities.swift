/// Decodes the HTML entities scraped releases carry (`&amp;`, `&#8217;`, `&rsquo;`, `&nbsp;`).
enum HTMLEntities {
    static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "rsquo": "\u{2019}", "lsquo": "\u{2018}", "rdquo": "\u{201D}", "ldquo": "\u{201C}",
        "mdash": "\u{2014}", "ndash": "\u{2013}", "hellip": "\u{2026}", "copy": "\u{00A9}",
        "reg": "\u{00AE}", "trade": "\u{2122}", "eacute": "\u{00E9}", "bull": "\u{2022}",
    ]

    /// The UTF-8 of the entity starting at `i` (an `&`) and its length in bytes, or nil.
    static func decode(_ s: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> ([UInt8], Int)? {
        var j = i + 1
        let limit = min(end, i + 12)
        while j < limit, s[j] != 0x3B {
            let c = s[j]
            guard (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || c == 0x23 else { return nil }
            j += 1
        }
        guard j < limit, j > i + 1 else { return nil }
        let length = j - i + 1
        var scalar: Unicode.Scalar?
        if s[i + 1] == 0x23 {
            var k = i + 2, value: UInt32 = 0, radix: UInt32 = 10
            if k < j, s[k] | 0x20 == 0x78 { radix = 16; k += 1 }
            guard k < j else { return nil }
            while k < j {
                guard let d = digit(s[k], radix: radix) else { return nil }
                value = value &* radix &+ d
                if value > 0x10FFFF { return nil }
                k += 1
            }
            scalar = Unicode.Scalar(value)
        } else {
            let name = String(decoding: UnsafeBufferPointer(rebasing: s[(i + 1)..<j]), as: UTF8.self)
            scalar = named[name]
        }
        guard let sc = scalar else { return nil }
        return (Array(String(Character(sc)).utf8), length)
    }

    private static func digit(_ c: UInt8, radix: UInt32) -> UInt32? {
        if c >= 0x30 && c <= 0x39 { return UInt32(c - 0x30) }
        if radix == 16, c | 0x20 >= 0x61, c | 0x20 <= 0x66 { return UInt32(c | 0x20 - 0x61 + 10) }
        return nil
    }
}
