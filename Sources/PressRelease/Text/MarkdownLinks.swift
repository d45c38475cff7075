/// Reduces Markdown links to their text (`[Gate Ventures](https://…)` → `Gate Ventures`) and drops
/// inline images (`![](…)`), so archive Markdown reads as prose; offsets still map to the source.
enum MarkdownLinks {
    static func strip(_ p: Piece) -> Piece {
        let b = p.bytes
        guard b.count >= 4, contains(b, 0x5D, 0x28) else { return p }
        var out = Piece(bytes: [], map: SourceMap(), start: p.start, stop: p.stop, afterBlank: p.afterBlank)
        out.bytes.reserveCapacity(b.count)
        var i = 0, copyFrom = 0
        while i < b.count {
            guard b[i] == 0x5B, let link = link(b, i) else { i += 1; continue }
            let image = i > 0 && b[i - 1] == 0x21
            copy(p, copyFrom, image ? i - 1 : i, into: &out)
            if !image { copy(p, i + 1, link.textEnd, into: &out) }
            i = link.end
            copyFrom = i
        }
        copy(p, copyFrom, b.count, into: &out)
        return out.bytes.isEmpty ? p : tidy(out)
    }

    /// `[text](url)` at `i`: where the text ends and where the whole link ends.
    private static func link(_ b: [UInt8], _ i: Int) -> (textEnd: Int, end: Int)? {
        var j = i + 1
        let textLimit = min(b.count, i + 300)
        while j < textLimit, b[j] != 0x5D, b[j] != 0x5B { j += 1 }
        guard j + 1 < b.count, b[j] == 0x5D, b[j + 1] == 0x28 else { return nil }
        var k = j + 2
        let urlLimit = min(b.count, k + 600)
        while k < urlLimit, b[k] != 0x29, b[k] != 0x20 { k += 1 }
        guard k < b.count, b[k] == 0x29, k > j + 2 else { return nil }
        return (j, k + 1)
    }

    private static func copy(_ p: Piece, _ from: Int, _ to: Int, into out: inout Piece) {
        guard to > from else { return }
        out.map.note(text: out.bytes.count, source: p.map.sourceOffset(forTextOffset: from))
        let sub = p.map.slice(from: from, to: to)
        out.map.append(sub, at: out.bytes.count)
        out.bytes.append(contentsOf: p.bytes[from..<to])
    }

    /// Removing links can leave doubled or leading spaces; collapse them the way the builder would.
    private static func tidy(_ p: Piece) -> Piece {
        var lo = 0, hi = p.count
        while lo < hi, p.bytes[lo] == 0x20 { lo += 1 }
        while hi > lo, p.bytes[hi - 1] == 0x20 { hi -= 1 }
        var doubled = false
        for k in lo..<max(lo, hi - 1) where p.bytes[k] == 0x20 && p.bytes[k + 1] == 0x20 { doubled = true; break }
        guard doubled else { return lo == 0 && hi == p.count ? p : p.slice(lo, hi) }
        var out = Piece(bytes: [], map: SourceMap(), start: p.start, stop: p.stop, afterBlank: p.afterBlank)
        var k = lo
        while k < hi {
            var e = k
            while e < hi, !(p.bytes[e] == 0x20 && e + 1 < hi && p.bytes[e + 1] == 0x20) { e += 1 }
            if e < hi { e += 1 }   // keep one space
            copy(p, k, e, into: &out)
            k = e
            while k < hi, p.bytes[k] == 0x20 { k += 1 }
        }
        return out
    }

    private static func contains(_ b: [UInt8], _ x: UInt8, _ y: UInt8) -> Bool {
        var i = 0
        while i + 1 < b.count { if b[i] == x && b[i + 1] == y { return true }; i += 1 }
        return false
    }
}
