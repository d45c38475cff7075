/// Maps byte offsets of a paragraph's normalised text back to source byte offsets.
///
/// The parser may trim, collapse whitespace or decode entities, so the text is aligned with the
/// paragraph's raw span once, linearly: equal bytes advance both sides, source whitespace and
/// other unmatched source bytes are skipped. Anchors are kept only where the shift changes.
struct SourceAligner {
    private var textOffsets: [Int] = []
    private var sourceOffsets: [Int] = []

    init(paragraph p: Paragraph, text: [UInt8], source: [UInt8]) {
        let lo = max(0, min(p.start, source.count)), hi = max(lo, min(p.stop, source.count))
        var i = 0, j = lo
        while i < text.count {
            // Skip source bytes that the text does not have at this point (whitespace, markup).
            var k = j, skipped = 0
            while k < hi, source[k] != text[i], skipped < 16 { k += 1; skipped += 1 }
            if k < hi, source[k] == text[i] { j = k }
            note(text: i, source: min(j, hi))
            i += 1
            if j < hi { j += 1 }
        }
        note(text: text.count, source: min(j, hi))
    }

    private mutating func note(text: Int, source: Int) {
        if let lt = textOffsets.last, let ls = sourceOffsets.last, source - ls == text - lt { return }
        textOffsets.append(text)
        sourceOffsets.append(source)
    }

    func source(_ offset: Int) -> Int {
        guard !textOffsets.isEmpty else { return offset }
        var lo = 0, hi = textOffsets.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if textOffsets[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return sourceOffsets[lo] + (offset - textOffsets[lo])
    }
}
