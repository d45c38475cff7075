/// Markdown backslash escapes left in titles by scrapes: `Prepare\ for` (a hard line break folded
/// into a one-line title), `\*`, `\_`. A reader sees the character, not the backslash.
enum MarkdownEscapes {
    /// Drops a backslash before ASCII punctuation (`\\` keeps one backslash), and before a space
    /// when it ends a word (`Prepare\ for`, a folded hard break); a lone ` \ ` is a character.
    static func strip(_ s: String) -> String {
        let b = Array(s.utf8)
        guard b.contains(0x5C) else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            if b[i] == 0x5C, i + 1 < b.count, escapable(b[i + 1]),
               b[i + 1] != 0x20 || (i > 0 && b[i - 1] != 0x20) {
                out.append(b[i + 1]); i += 2
                continue
            }
            out.append(b[i]); i += 1
        }
        // the escaped space joins a space already there: `Prepare\ for` → `Prepare for`
        var squeezed: [UInt8] = []
        squeezed.reserveCapacity(out.count)
        for c in out where !(c == 0x20 && squeezed.last == 0x20) { squeezed.append(c) }
        return String(decoding: squeezed, as: UTF8.self)
    }

    @inline(__always) static func escapable(_ c: UInt8) -> Bool {
        c == 0x20 || (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E)
    }
}
