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
        let head = bytes.prefix(1 << 16)
        var controls = 0
        for b in head {
            if b == 0 { return "binary file (contains NUL bytes)" }
            // Tab, LF, VT, FF, CR and ESC occur in real text; other C0 controls do not.
            if b < 0x20, b != 0x09, b != 0x0A, b != 0x0B, b != 0x0C, b != 0x0D, b != 0x1B { controls += 1 }
        }
        if controls * 20 > head.count { return "binary file (\(controls) control bytes in the first \(ByteCount.text(head.count)))" }
        return nil
    }

    /// UTF-16 without a byte-order mark: nil unless one byte of nearly every pair is NUL while the
    /// other is not, which only UTF-16 text of mostly Latin script produces. True means big-endian.
    static func bomlessUTF16(_ bytes: [UInt8]) -> Bool? {
        let n = min(bytes.count, 4096) & ~1
        guard n >= 8 else { return nil }
        var evenZero = 0, oddZero = 0
        for i in stride(from: 0, to: n, by: 2) {
            if bytes[i] == 0 { evenZero += 1 }
            if bytes[i + 1] == 0 { oddZero += 1 }
        }
        let pairs = n / 2
        if oddZero * 10 >= pairs * 9, evenZero * 20 < pairs { return false }
        if evenZero * 10 >= pairs * 9, oddZero * 20 < pairs { return true }
        return nil
    }
}
