/// Maps byte offsets in a normalised text (a paragraph's `text`) back to byte offsets in the
/// source file. Normalising (entities, collapsed whitespace, rejoined lines) shifts bytes, so the
/// map stores an anchor wherever the shift changes; between anchors the shift is constant.
public struct SourceMap: Sendable, Equatable {
    /// Offsets in the normalised text where a new shift starts, ascending; the first is 0.
    public private(set) var textOffsets: [Int]
    /// Source offset of the byte at each `textOffsets` entry.
    public private(set) var sourceOffsets: [Int]

    public init(textOffsets: [Int] = [], sourceOffsets: [Int] = []) {
        self.textOffsets = textOffsets
        self.sourceOffsets = sourceOffsets
    }

    /// Records that text byte `text` came from source byte `source`; cheap when the shift is unchanged.
    @inline(__always)
    mutating func note(text: Int, source: Int) {
        if let lt = textOffsets.last, let ls = sourceOffsets.last, source - ls == text - lt { return }
        textOffsets.append(text)
        sourceOffsets.append(source)
    }

    /// The source byte offset of a byte offset in the normalised text.
    public func sourceOffset(forTextOffset offset: Int) -> Int {
        guard !textOffsets.isEmpty else { return offset }
        var lo = 0, hi = textOffsets.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if textOffsets[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return sourceOffsets[lo] + (offset - textOffsets[lo])
    }

    /// The map of the text `from..<to` of this one, re-based to start at 0. Binary search, then
    /// only the anchors inside the slice are copied, so cutting a text into pieces stays linear.
    public func slice(from: Int, to: Int) -> SourceMap {
        var out = SourceMap()
        out.note(text: 0, source: sourceOffset(forTextOffset: from))
        guard !textOffsets.isEmpty else { return out }
        var lo = 0, hi = textOffsets.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if textOffsets[mid] <= from { lo = mid + 1 } else { hi = mid }
        }
        var k = lo
        while k < textOffsets.count, textOffsets[k] < to {
            out.textOffsets.append(textOffsets[k] - from)
            out.sourceOffsets.append(sourceOffsets[k])
            k += 1
        }
        return out
    }

    /// Appends the anchors of `other`, whose text follows this one's at `base`.
    mutating func append(_ other: SourceMap, at base: Int) {
        for i in other.textOffsets.indices { note(text: base + other.textOffsets[i], source: other.sourceOffsets[i]) }
    }
}
