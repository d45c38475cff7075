/// Recognises inputs that are not text, so they are skipped with a message that says what they
/// are ("a PDF document") instead of being parsed into garbage.
enum BinarySniffer {
    private static let magics: [([UInt8], String)] = [
        (Array("%PDF".utf8), "a PDF document (convert it to text first)"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive or Office document (unpack or convert it first)"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an old Office document (convert it to text first)"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        (Array("GIF8".utf8), "a GIF image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([0x7F, 0x45, 0x4C, 0x46], "an executable"),
        (Array("BZh".utf8), "bzip2-compressed (decompress it first; only gzip is read)"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz-compressed (decompress it first; only gzip is read)"),
        ([0x28, 0xB5, 0x2F, 0xFD], "zstd-compressed (decompress it first; only gzip is read)"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
        (Array("Rar!".utf8), "a RAR archive"),
    ]

    /// Why these bytes are not text, or nil when they look like text. Looks at the first 64 KB.
    static func binaryReason(_ bytes: [UInt8]) -> String? {
        for (magic, what) in magics where bytes.starts(with: magic) { return "binary file: \(what)" }
        let n = min(bytes.count, 1 << 16)
        var controls = 0
        var sawNUL = false
        bytes.withUnsafeBytes { raw in
            let p = raw.bindMemory(to: UInt8.self)
            var i = 0
            // Eight bytes at a time: a word with no byte below 0x20 (most of any text) is skipped.
            while i + 8 <= n {
                let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                if (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
                for k in i..<(i + 8) { if noteControl(p[k], &controls) { sawNUL = true; return } }
                i += 8
            }
            while i < n { if noteControl(p[i], &controls) { sawNUL = true; return }; i += 1 }
        }
        if sawNUL { return "binary file (contains NUL bytes)" }
        if controls * 20 > n { return "binary file (\(controls) control bytes in the first \(ByteCount.text(n)))" }
        return nil
    }

    /// Counts a C0 control that does not occur in real text (tab, LF, VT, FF, CR and ESC do);
    /// true for NUL, which ends the look.
    @inline(__always)
    private static func noteControl(_ b: UInt8, _ controls: inout Int) -> Bool {
        if b == 0 { return true }
        if b < 0x20, b != 0x09, b != 0x0A, b != 0x0B, b != 0x0C, b != 0x0D, b != 0x1B { controls += 1 }
        return false
    }

    /// UTF-16 without a byte-order mark: nil unless one byte of nearly every pair is NUL while the
    /// other is not, which only UTF-16 text of mostly Latin script produces. True means big-endian.
    static func bomlessUTF16(_ bytes: [UInt8]) -> Bool? {
        let n = min(bytes.count, 4096) & ~1
        guard n >= 8 else { return nil }
        var evenZero = 0, oddZero = 0
        let pairs = n / 2
        bytes.withUnsafeBufferPointer { p in
            var seen = 0
            for i in stride(from: 0, to: n, by: 2) {
                if p[i] == 0 { evenZero += 1 }
                if p[i + 1] == 0 { oddZero += 1 }
                seen += 1
                // Stop once neither side can still reach 90% NUL (ordinary text: after ~200 pairs).
                let left = pairs - seen
                if (evenZero + left) * 10 < pairs * 9, (oddZero + left) * 10 < pairs * 9 { return }
            }
        }
        if oddZero * 10 >= pairs * 9, evenZero * 20 < pairs { return false }
        if evenZero * 10 >= pairs * 9, oddZero * 20 < pairs { return true }
        return nil
    }
}
