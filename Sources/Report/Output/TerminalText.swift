/// Text from a corpus or a script made safe to show a person: C0 and C1 control characters
/// (ESC starts the sequences that move the cursor, retitle the window or rewrite the clipboard),
/// DEL, and the bidirectional overrides and isolates that make text read differently from its
/// bytes are shown escaped as `\u{1B}`, so they are visible and do nothing.
public enum TerminalText {
    /// `text` with every unsafe scalar escaped; newlines and tabs stay when `keepingLines`.
    public static func escape(_ text: String, keepingLines: Bool = true) -> String {
        guard needsWork(text, keepingLines) else { return text }
        var out = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            if isUnsafe(u, keepingLines) {
                out.append(contentsOf: "\\u{\(String(u.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(u)
            }
        }
        return String(out)
    }

    /// Whether `u` is escaped: controls (but `\n` and `\t` when keeping lines) and bidi controls.
    public static func isUnsafe(_ u: Unicode.Scalar, _ keepingLines: Bool) -> Bool {
        switch u.value {
        case 0x0A, 0x09: return !keepingLines
        case 0x00..<0x20, 0x7F..<0xA0: return true
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// The common case, plain printable text, answered from the UTF-8 bytes without decoding.
    private static func needsWork(_ text: String, _ keepingLines: Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            bytes.contains { b in b < 0x20 ? (keepingLines ? (b != 0x0A && b != 0x09) : true) : b >= 0x7F }
        } && text.unicodeScalars.contains { isUnsafe($0, keepingLines) }
    }
}
