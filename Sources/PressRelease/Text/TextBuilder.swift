/// Builds normalised text from ranges of source bytes, remembering where each byte came from.
///
/// Normalising means: CR, LF, tabs, runs of spaces, non-breaking spaces and the BOM become one
/// space (none at the start or end); HTML entities are decoded. Everything else is copied.
struct TextBuilder {
    private(set) var bytes: [UInt8] = []
    private(set) var map = SourceMap()
    private var pendingSpace = false
    private var pendingSpaceSource = 0

    init() { bytes.reserveCapacity(256) }

    var isEmpty: Bool { bytes.isEmpty }

    /// Appends `source[range]`, normalised. Consecutive calls are separated by a single space.
    mutating func append(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        space(at: range.lowerBound)
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let b = source[i]
            switch b {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C:
                space(at: i); i += 1
            case 0xC2 where i + 1 < end && source[i + 1] == 0xA0:
                space(at: i); i += 2
            case 0xEF where i + 2 < end && source[i + 1] == 0xBB && source[i + 2] == 0xBF:
                i += 3  // a BOM anywhere is dropped
            case 0xE2 where i + 2 < end && source[i + 1] == 0x80 && (source[i + 2] == 0xAF || source[i + 2] == 0x89 || source[i + 2] == 0x8B):
                // narrow no-break, thin and zero-width spaces
                if source[i + 2] != 0x8B { space(at: i) }
                i += 3
            case 0x80...0xFF:
                // multi-byte UTF-8: copied when well formed, else one U+FFFD per bad byte, so the
                // text stays valid UTF-8 and its offsets stay in step with the source map
                let n = Self.sequenceLength(source, i, end)
                if n == 0 {
                    emit(0xEF, from: i); emit(0xBF, from: i); emit(0xBD, from: i); i += 1
                } else {
                    emitRun(source, i, i + n); i += n
                }
            case 0x26:
                if let (decoded, length) = HTMLEntities.decode(source, at: i, end: end) {
                    if decoded == [0x20] { space(at: i) }
                    else { for (k, d) in decoded.enumerated() { emit(d, from: i + min(k, length - 1)) } }
                    i += length
                } else {
                    emit(b, from: i); i += 1
                }
            default:
                // a run of ordinary bytes is copied in one go with one map anchor; a single space
                // between ordinary bytes stays inside the run (it normalises to itself, at the
                // same shift), so prose is copied a line at a time rather than a word at a time
                var j = i + 1
                while j < end {
                    let c = source[j]
                    if c == 0x20, j + 1 < end, Self.isOrdinary(source[j + 1]) { j += 2; continue }
                    if !Self.isOrdinary(c) { break }
                    j += 1
                }
                emitRun(source, i, j)
                i = j
            }
        }
        space(at: end)
    }

    /// A byte copied as it is: not blank, not `&`, not part of a multi-byte sequence.
    @inline(__always)
    private static func isOrdinary(_ c: UInt8) -> Bool { c > 0x20 && c != 0x26 && c < 0x80 }

    @inline(__always)
    private mutating func space(at source: Int) {
        if !pendingSpace { pendingSpace = true; pendingSpaceSource = source }
    }

    @inline(__always)
    private mutating func emit(_ b: UInt8, from source: Int) {
        if pendingSpace {
            pendingSpace = false
            if !bytes.isEmpty {
                map.note(text: bytes.count, source: pendingSpaceSource)
                bytes.append(0x20)
            }
        }
        map.note(text: bytes.count, source: source)
        bytes.append(b)
    }

    /// Length of the well-formed UTF-8 sequence at `i`, or 0.
    static func sequenceLength(_ s: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int {
        let b = s[i]
        var n = 0, lo: UInt8 = 0x80, hi: UInt8 = 0xBF
        switch b {
        case 0xC2...0xDF: n = 2
        case 0xE0: n = 3; lo = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: n = 3
        case 0xED: n = 3; hi = 0x9F
        case 0xF0: n = 4; lo = 0x90
        case 0xF1...0xF3: n = 4
        case 0xF4: n = 4; hi = 0x8F
        default: return 0
        }
        guard i + n <= end, s[i + 1] >= lo, s[i + 1] <= hi else { return 0 }
        for k in 2..<max(2, n) where s[i + k] < 0x80 || s[i + k] > 0xBF { return 0 }
        return n
    }

    @inline(__always)
    private mutating func emitRun(_ source: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) {
        emit(source[from], from: from)
        if to > from + 1 { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[(from + 1)..<to])) }
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
