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

    static func isMbox(_ bytes: [UInt8]) -> Bool { bytes.starts(with: Array("From ".utf8)) }

    static func split(_ bytes: [UInt8]) -> [Message] {
        var messages: [Message] = []
        var current: (start: Int, line: Int)?
        var previousBlank = true
        for line in ByteLines.all(bytes) {
            let slice = bytes[line.range]
            if previousBlank, slice.starts(with: fromPrefix) {
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
