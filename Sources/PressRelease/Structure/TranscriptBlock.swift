/// The block that opens an interview transcript: `E&OE TRANSCRIPT`, the interview type, a venue
/// or programme, the date, then `SUBJECTS:`, on one line (parts two blanks apart) or several.
enum TranscriptBlock {
    /// Words of broadcast interviews: what follows their type names a programme, not a place.
    static let broadcastWords: Set<[UInt8]> = Set(["radio", "television", "tv", "podcast", "sky", "abc", "fm", "am",
                                                   "channel", "webinar", "online", "zoom", "video"].map { Array($0.utf8) })

    /// The place of the block in `source[from..<to]`: the part right before the date, when a type
    /// part (`DOORSTOP INTERVIEW`) comes between it and the label and no part is a broadcast's.
    /// `PARLIAMENT HOUSE, CANBERRA`, `HOBART`; nil for `RADIO INTERVIEW  ABC RADIO DARWIN`.
    static func place(_ source: [UInt8], _ from: Int, _ to: Int) -> String? {
        let parts = segments(source, from, min(to, from + 600))
        var k = 0
        while k < parts.count, HeaderLines.label(parts[k]) != nil { k += 1 }
        guard k > 0, let d = parts[k...].firstIndex(where: { DateParser.match($0, 0, $0.count)?.start == 0 }),
              d >= k + 2 else { return nil }
        for p in parts[k..<d] where hasBroadcastWord(p) { return nil }
        let candidate = parts[d - 1]
        guard PlaceWords.looksLikePlace(candidate, 0..<candidate.count),
              !candidate.contains(where: Bytes.isLower) else { return nil }
        return String(decoding: candidate, as: UTF8.self)
    }

    /// Parts split at line ends and at runs of two or more blanks, trimmed.
    private static func segments(_ s: [UInt8], _ from: Int, _ to: Int) -> [[UInt8]] {
        var out: [[UInt8]] = []
        var cur: [UInt8] = []
        var blanks = 0
        func close() {
            while cur.last == 0x20 { cur.removeLast() }
            if !cur.isEmpty { out.append(cur) }
            cur = []
        }
        var i = from
        while i < to {
            let c = s[i]
            if c == 0x0A || c == 0x0D { close(); blanks = 0; i += 1; continue }
            let blank = c == 0x20 || c == 0x09
            let nbsp = c == 0xC2 && i + 1 < to && s[i + 1] == 0xA0
            if blank || nbsp {
                blanks += 1
                if blanks == 2 { close() } else if blanks == 1, !cur.isEmpty { cur.append(0x20) }
                i += nbsp ? 2 : 1
                continue
            }
            blanks = 0
            cur.append(c)
            i += 1
        }
        close()
        return out
    }

    private static func hasBroadcastWord(_ b: [UInt8]) -> Bool {
        var i = 0
        while i < b.count {
            while i < b.count, !Bytes.isLetter(b[i]) { i += 1 }
            let w = i
            while i < b.count, Bytes.isLetter(b[i]) { i += 1 }
            if i > w, broadcastWords.contains(b[w..<i].map { Bytes.lower($0) }) { return true }
        }
        return false
    }
}
