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

enum ByteLines {
    /// Every line of `bytes` in order (`\n` terminated; a trailing `\r` stays in the range).
    static func all(_ bytes: [UInt8]) -> [ByteLine] {
        var lines: [ByteLine] = []
        var start = 0, number = 1
        bytes.withUnsafeBufferPointer { p in
            for i in 0..<p.count where p[i] == 0x0A {
                lines.append(ByteLine(range: start..<i, number: number))
                start = i + 1
                number += 1
            }
        }
        if start < bytes.count { lines.append(ByteLine(range: start..<bytes.count, number: number)) }
        return lines
    }

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
