/// Maps byte offsets to 1-based line and column numbers, built once per release on first use.
public struct LineIndex: Sendable {
    /// Byte offset at which each line starts.
    public let lineStarts: [Int]

    public init(_ bytes: [UInt8]) {
        var starts = [0]
        starts.reserveCapacity(bytes.count / 60 + 1)
        for (i, b) in bytes.enumerated() where b == 0x0A { starts.append(i + 1) }
        lineStarts = starts
    }

    /// Line and column (both 1-based; column counts bytes) of a byte offset.
    public func position(of offset: Int) -> SourcePosition {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return SourcePosition(line: lo + 1, column: offset - lineStarts[lo] + 1)
    }
}

public struct SourcePosition: Sendable, Equatable {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) { self.line = line; self.column = column }
}
