/// Quoted-printable (RFC 2045 §6.7) decoding, for mail bodies and `=?…?Q?…?=` header words.
/// Foundation has no decoder for it. Malformed escapes are kept literally, as mail readers do.
enum QuotedPrintable {
    static func decode<C: Collection>(_ input: C, underscoreIsSpace: Bool = false) -> [UInt8] where C.Element == UInt8 {
        let bytes = Array(input)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "_"), underscoreIsSpace { out.append(0x20); i += 1; continue }
            guard b == UInt8(ascii: "=") else { out.append(b); i += 1; continue }
            // Soft line break: `=` then optional trailing whitespace then CRLF or LF.
            var j = i + 1
            while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
            if j < bytes.count, bytes[j] == 0x0A { i = j + 1; continue }
            if j + 1 < bytes.count, bytes[j] == 0x0D, bytes[j + 1] == 0x0A { i = j + 2; continue }
            if j == bytes.count { i = j; continue }
            if i + 2 < bytes.count, let hi = hex(bytes[i + 1]), let lo = hex(bytes[i + 2]) {
                out.append(hi << 4 | lo)
                i += 3
            } else {
                out.append(b)
                i += 1
            }
        }
        return out
    }

    private static func hex(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: return b - 0x30
        case 0x41...0x46: return b - 0x41 + 10
        case 0x61...0x66: return b - 0x61 + 10
        default: return nil
        }
    }
}
