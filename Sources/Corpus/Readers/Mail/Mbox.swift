/// Splitting an mbox folder into messages. A message starts at a `From ` line at the top of the
/// file or after a blank line (so a body line that merely starts with "From " but was not
/// escaped does not split); `>From ` escapes (mboxrd, and mboxo's single level) are undone.
enum Mbox {
    struct Message {
        /// The message's headers and body, without the `From ` separator line.
        var range: Range<Int>
        /// 1-based line of the `From ` separator in the file.
        var line: Int
    }

    /// An mbox starts with a separator line followed by a header line.
    static func isMbox<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8, C.Index == Int {
        guard let end = bytes.firstIndex(of: 0x0A), isSeparator(bytes[bytes.startIndex..<end]) else { return false }
        let next = bytes[(end + 1)...].prefix(while: { $0 != 0x0A })
        guard let colon = next.firstIndex(of: UInt8(ascii: ":")) else { return false }
        return colon > next.startIndex && !next[..<colon].contains(UInt8(ascii: " "))
    }

    /// `From sender@example.org Mon Jan  1 00:00:00 2024`: "From ", then a time of day. Prose
    /// such as "From the Minister for Immigration…" has no `hh:mm`.
    static func isSeparator<C: Collection>(_ line: C) -> Bool where C.Element == UInt8, C.Index == Int {
        guard line.count <= 300, line.starts(with: fromPrefix) else { return false }
        var i = line.startIndex
        while i + 4 < line.endIndex {
            if isDigit(line[i]), isDigit(line[i + 1]), line[i + 2] == UInt8(ascii: ":"), isDigit(line[i + 3]), isDigit(line[i + 4]) {
                return true
            }
            i += 1
        }
        return false
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    static func split(_ bytes: [UInt8]) -> [Message] {
        var messages: [Message] = []
        var current: (start: Int, line: Int)?
        var previousBlank = true
        for line in ByteLineSequence(bytes) {
            let slice = bytes[line.range]
            if previousBlank, isSeparator(slice) {
                if let c = current { messages.append(Message(range: c.start..<line.range.lowerBound, line: c.line)) }
                current = (min(line.range.upperBound + 1, bytes.count), line.number)
            }
            previousBlank = ByteLines.isBlank(slice)
        }
        if let c = current { messages.append(Message(range: c.start..<bytes.count, line: c.line)) }
        return messages
    }

    /// Removes one `>` from lines that are `>From `, `>>From `, … (the mbox escape of body lines).
    static func unescape(_ body: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard body.contains(UInt8(ascii: ">")) else { return body }
        var out: [UInt8] = []
        out.reserveCapacity(body.count)
        var atLineStart = true
        var i = body.startIndex
        while i < body.endIndex {
            if atLineStart, body[i] == UInt8(ascii: ">") {
                var j = i
                while j < body.endIndex, body[j] == UInt8(ascii: ">") { j += 1 }
                if body[j...].starts(with: fromPrefix) { i += 1 }
            }
            out.append(body[i])
            atLineStart = body[i] == 0x0A
            i += 1
        }
        return out[...]
    }

    private static let fromPrefix = Array("From ".utf8)
}
