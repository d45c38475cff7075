/// A line of the source: byte range without its terminator (`\n` or `\r\n`).
struct SourceLine {
    let bytes: ArraySlice<UInt8>
    var start: Int { bytes.startIndex }
    var stop: Int { bytes.endIndex }

    var isBlank: Bool { bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }

    var trimmedText: String {
        var lo = bytes.startIndex, hi = bytes.endIndex
        while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x09 { lo += 1 }
        while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09 || bytes[hi - 1] == 0x0D { hi -= 1 }
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
    }
}

enum LineScanner {
    static func lines(_ bytes: [UInt8]) -> [SourceLine] {
        var out: [SourceLine] = []
        var start = 0
        for i in bytes.indices where bytes[i] == 0x0A {
            out.append(SourceLine(bytes: bytes[start..<i]))
            start = i + 1
        }
        if start < bytes.count { out.append(SourceLine(bytes: bytes[start..<bytes.count])) }
        return out
    }
}
