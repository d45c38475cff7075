import Foundation

/// One decoded input handed to a reader: UTF-8 bytes plus where they came from.
struct ReaderInput {
    var path: String
    var bytes: [UInt8]
    /// Named on the command line (rather than found by walking a directory or a glob).
    var explicit: Bool
}

/// A line of a multi-record input: byte range without its terminator, and its 1-based number.
struct ByteLine {
    var range: Range<Int>
    var number: Int
}

/// The lines of a byte array, found lazily with `memchr`, so walking a 100 MB file costs no
/// memory beyond the file (`\n` terminated; a trailing `\r` stays in the range).
struct ByteLineSequence: Sequence, IteratorProtocol {
    let bytes: [UInt8]
    var start = 0
    var number = 1

    init(_ bytes: [UInt8], from start: Int = 0, firstNumber: Int = 1) {
        self.bytes = bytes
        self.start = start
        self.number = firstNumber
    }

    mutating func next() -> ByteLine? {
        guard start < bytes.count else { return nil }
        let from = start
        let end = bytes.withUnsafeBufferPointer { p -> Int in
            guard let hit = memchr(p.baseAddress! + from, 0x0A, p.count - from) else { return p.count }
            return p.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
        defer { start = end + 1; number += 1 }
        return ByteLine(range: from..<end, number: number)
    }
}

enum ByteLines {
    /// Every line of `bytes`, collected (for small inputs and tests; readers iterate `ByteLineSequence`).
    static func all(_ bytes: [UInt8]) -> [ByteLine] { Array(ByteLineSequence(bytes)) }

    static func isBlank(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0C }
    }

    /// The line without leading and trailing spaces, tabs and `\r`.
    static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var lo = bytes.startIndex, hi = bytes.endIndex
        while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x09 || bytes[lo] == 0x0C { lo += 1 }
        while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09 || bytes[hi - 1] == 0x0D { hi -= 1 }
        return bytes[lo..<hi]
    }
}
