import Foundation

/// One linear pass over a page's bytes, before libxml2 sees them, that empties `<script>` and
/// `<style>` elements and drops comments. Page builders inline megabytes of state and styles; no
/// byte of them is text, and libxml2 without `HTML_PARSE_HUGE` stops parsing at a text node over
/// 10 MB, which lost every paragraph after such a script. JSON-LD scripts keep their content
/// (the page's metadata) up to `jsonLimit`. The elements' own tags stay, so the tree's shape is
/// what the page's was. A script ends at the first `</script`, as in a browser's tokenizer.
enum RawTextScrub {
    static let jsonLimit = 4 << 20

    static func scrub(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { scrub($0) }
    }

    static func scrub(_ p: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let n = p.count
        var out: [UInt8] = []
        out.reserveCapacity(n)
        var copied = 0  // bytes before this index are already in `out` (or dropped)
        var i = 0
        while let lt = next(0x3C, in: p, from: i) {
            i = lt + 1
            if starts(p, at: lt, with: "<!--") {
                // A comment: everything to the next `-->` (or the end of an unclosed one).
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[copied..<lt]))
                let close = starts(p, at: lt, with: "<!-->") ? lt + 2 : find(p, "-->", from: lt + 4)
                i = close.map { $0 + 3 } ?? n
                copied = i
                continue
            }
            guard let name = rawTextName(p, at: lt) else { continue }
            let tagEnd = openTagEnd(p, from: lt + 1 + name.count)
            let contentStart = min(n, tagEnd + 1)
            let close = closingTag(p, name: name, from: contentStart) ?? n
            let keep = name == names[0] && isJSONLD(p, lt..<contentStart) && close - contentStart <= jsonLimit
            if !keep {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[copied..<contentStart]))
                copied = close
            }
            i = close
        }
        if copied == 0 { return Array(p) }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: p[copied..<n]))
        return out
    }

    private static let names: [[UInt8]] = [Array("script".utf8), Array("style".utf8)]

    /// `script` or `style` when an opening tag of either starts at `lt`.
    private static func rawTextName(_ p: UnsafeBufferPointer<UInt8>, at lt: Int) -> [UInt8]? {
        for name in names where lt + 1 + name.count < p.count {
            var match = true
            for (k, c) in name.enumerated() where p[lt + 1 + k] | 0x20 != c { match = false; break }
            if match, isTagNameEnd(p[lt + 1 + name.count]) { return name }
        }
        return nil
    }

    private static func isTagNameEnd(_ b: UInt8) -> Bool {
        b == 0x3E || b == 0x2F || b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C
    }

    /// The `>` closing an opening tag, skipping quoted attribute values; the last byte when none.
    private static func openTagEnd(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var quote: UInt8 = 0
        var i = start
        while i < p.count {
            let b = p[i]
            if quote != 0 { if b == quote { quote = 0 } } else if b == 0x22 || b == 0x27 { quote = b } else if b == 0x3E { return i }
            i += 1
        }
        return p.count - 1
    }

    /// Start of the first `</name` (any case) at or after `start` that ends the tag name.
    private static func closingTag(_ p: UnsafeBufferPointer<UInt8>, name: [UInt8], from start: Int) -> Int? {
        var i = start
        while let lt = next(0x3C, in: p, from: i) {
            i = lt + 1
            guard lt + 2 + name.count < p.count, p[lt + 1] == 0x2F else { continue }
            var match = true
            for (k, c) in name.enumerated() where p[lt + 2 + k] | 0x20 != c { match = false; break }
            if match, isTagNameEnd(p[lt + 2 + name.count]) { return lt }
        }
        return nil
    }

    /// The opening tag declares `type="application/ld+json"`.
    private static func isJSONLD(_ p: UnsafeBufferPointer<UInt8>, _ tag: Range<Int>) -> Bool {
        guard tag.count < 2048 else { return false }
        let lower = String(decoding: UnsafeBufferPointer(rebasing: p[tag]).map { $0 | ($0 >= 0x41 && $0 <= 0x5A ? 0x20 : 0) }, as: UTF8.self)
        return lower.contains("ld+json")
    }

    private static func next(_ byte: UInt8, in p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < p.count, let base = p.baseAddress else { return nil }
        guard let hit = memchr(base + start, Int32(byte), p.count - start) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    private static func starts(_ p: UnsafeBufferPointer<UInt8>, at i: Int, with s: StaticString) -> Bool {
        let count = s.utf8CodeUnitCount
        guard i + count <= p.count else { return false }
        return memcmp(p.baseAddress! + i, s.utf8Start, count) == 0
    }

    private static func find(_ p: UnsafeBufferPointer<UInt8>, _ s: StaticString, from start: Int) -> Int? {
        var i = start
        let first = s.utf8Start.pointee
        while let hit = next(first, in: p, from: i) {
            if starts(p, at: hit, with: s) { return hit }
            i = hit + 1
        }
        return nil
    }
}
