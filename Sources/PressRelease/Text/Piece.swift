/// A span of normalised text with its way back to the source: a line, part of a line, or lines
/// joined into a paragraph. The unit every parser stage passes along.
struct Piece {
    var bytes: [UInt8]
    var map: SourceMap
    /// Source byte range the text came from.
    var start: Int
    var stop: Int
    /// Whether a blank line (or the start of the file) came before it.
    var afterBlank: Bool

    var isEmpty: Bool { bytes.isEmpty }
    var count: Int { bytes.count }
    var string: String { String(decoding: bytes, as: UTF8.self) }
    var first: UInt8? { bytes.first }
    var last: UInt8? { bytes.last }

    /// Source offset of a text offset (the end of the text maps to `stop`).
    func source(_ offset: Int) -> Int {
        offset >= bytes.count ? stop : map.sourceOffset(forTextOffset: offset)
    }

    /// The text from `from` to `to`, trimmed of spaces, as its own piece.
    func slice(_ from: Int, _ to: Int) -> Piece {
        var lo = max(0, from), hi = min(bytes.count, to)
        while lo < hi, bytes[lo] == 0x20 { lo += 1 }
        while hi > lo, bytes[hi - 1] == 0x20 { hi -= 1 }
        let newStart = lo < bytes.count ? map.sourceOffset(forTextOffset: lo) : stop
        let newStop = hi > lo ? map.sourceOffset(forTextOffset: hi - 1) + 1 : newStart
        var m = map.slice(from: lo, to: hi)
        if hi == lo { m = SourceMap(textOffsets: [0], sourceOffsets: [newStart]) }
        return Piece(bytes: Array(bytes[lo..<hi]), map: m, start: newStart, stop: max(newStart, newStop),
                     afterBlank: from <= 0 ? afterBlank : false)
    }

    /// Text offsets of spaces that stand for a run of `minBlanks` or more blanks in the source: OCR'd
    /// letterheads use such runs where the printed page had separate lines.
    func wideGaps(in source: [UInt8], minBlanks: Int = 3) -> [Int] {
        var out: [Int] = []
        let t = map.textOffsets, src = map.sourceOffsets
        guard t.count > 1 else { return out }
        for k in 1..<t.count {
            let extra = (src[k] - t[k]) - (src[k - 1] - t[k - 1])
            guard extra >= minBlanks - 1, t[k] >= 1, bytes[t[k] - 1] == 0x20 else { continue }
            // count blank characters (a non-breaking space is one) between the words
            let from = map.sourceOffset(forTextOffset: t[k] - 1)
            var blanks = 0, j = from
            while j < src[k], j < source.count {
                if source[j] == 0xC2, j + 1 < source.count, source[j + 1] == 0xA0 { j += 2 } else { j += 1 }
                blanks += 1
            }
            if blanks >= minBlanks { out.append(t[k] - 1) }
        }
        return out
    }

    /// The piece cut at each of `offsets` (spaces), as separate pieces.
    func split(at offsets: [Int]) -> [Piece] {
        var out: [Piece] = []
        var from = 0
        for o in offsets where o > from {
            out.append(slice(from, o))
            from = o + 1
        }
        out.append(slice(from, count))
        return out.filter { !$0.isEmpty }
    }

    /// This piece followed by `other`, separated by one space.
    func joined(_ other: Piece) -> Piece {
        var out = self
        out.append(other)
        return out
    }

    /// Appends `other` after one space, in place (no copy of the text so far).
    mutating func append(_ other: Piece) {
        if other.isEmpty { return }
        if isEmpty { self = other; return }
        map.note(text: bytes.count, source: stop)
        bytes.append(0x20)
        map.append(other.map, at: bytes.count)
        bytes.append(contentsOf: other.bytes)
        stop = other.stop
    }
}
