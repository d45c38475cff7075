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

    /// The map of the text that starts `offset` bytes into this one (after cutting a prefix).
    public func dropping(prefix offset: Int) -> SourceMap {
        guard offset > 0 else { return self }
        var out = SourceMap()
        out.note(text: 0, source: sourceOffset(forTextOffset: offset))
        for i in textOffsets.indices where textOffsets[i] > offset {
            out.textOffsets.append(textOffsets[i] - offset)
            out.sourceOffsets.append(sourceOffsets[i])
        }
        return out
    }
}
