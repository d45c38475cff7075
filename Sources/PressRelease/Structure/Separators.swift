/// Dash-like separators that close dateline parts: `—`, `–`, `--`, ` - `, `|`.
enum Separators {
    /// Length of the separator at `i` (including surrounding spaces), or 0. `attached` accepts a hyphen
    /// glued to the word before it (`2025- Boca Raton`), as at the end of a dateline part.
    static func dash(_ b: [UInt8], _ i: Int, attached: Bool = false) -> Int {
        let n = b.count
        var j = i
        while j < n, b[j] == 0x20 { j += 1 }
        guard j < n else { return 0 }
        var k = j
        if b[k] == 0xE2, k + 2 < n, b[k + 1] == 0x80, b[k + 2] == 0x93 || b[k + 2] == 0x94 {
            k += 3
        } else if b[k] == 0x2D, k + 1 < n, b[k + 1] == 0x2D {
            k += 2
            while k < n, b[k] == 0x2D { k += 1 }
        } else if b[k] == 0x2D || b[k] == 0x7C {
            // A lone hyphen separates only with a space on both sides (not `Salt-Lake`).
            let spaceBefore = j > i || j == 0 || b[j - 1] == 0x20 || (attached && b[k] == 0x2D)
            guard spaceBefore, k + 1 >= n || b[k + 1] == 0x20 else { return 0 }
            k += 1
        } else {
            return 0
        }
        while k < n, b[k] == 0x20 { k += 1 }
        return k - i
    }
}
