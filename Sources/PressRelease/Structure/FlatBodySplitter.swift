/// Paragraphs for bodies whose line breaks were flattened into single spaces (Kremlin, Zelenskyy):
/// a new paragraph starts at a transcript speaker turn (`Vladimir Putin: …`), at `* * *`, or after
/// a few sentences when no quotation is open.
enum FlatBodySplitter {
    static let targetBytes = 700

    static func split(_ p: Piece) -> [Piece] {
        let b = p.bytes
        let bounds = SentenceSplitter.boundaries(b)
        guard bounds.count > 3 else { return [p] }
        var out: [Piece] = []
        var start = 0
        var quoteOpen = false
        for (k, r) in bounds.enumerated() {
            quoteOpen = updateQuotes(b, r, quoteOpen)
            let next = k + 1 < bounds.count ? bounds[k + 1] : nil
            guard let n = next else { break }
            let length = r.upperBound - start
            let breakHere = isSpeakerTurn(b, n) || isSeparator(b, n) || isSeparator(b, r)
                || (!quoteOpen && length >= targetBytes)
            if breakHere {
                out.append(p.slice(start, r.upperBound))
                start = n.lowerBound
            }
        }
        out.append(p.slice(start, b.count))
        return out.filter { !$0.isEmpty }
    }

    /// Straight quotes toggle; curly ones open and close.
    private static func updateQuotes(_ b: [UInt8], _ r: Range<Int>, _ open: Bool) -> Bool {
        var o = open
        var i = r.lowerBound
        while i < r.upperBound {
            if b[i] == 0x22 { o.toggle() }
            else if b[i] == 0xE2, i + 2 < r.upperBound, b[i + 1] == 0x80 {
                if b[i + 2] == 0x9C { o = true } else if b[i + 2] == 0x9D { o = false }
            }
            i += 1
        }
        return o
    }

    /// `President of Russia Vladimir Putin: Colleagues, …`: up to eight capitalised words, then a colon.
    static func isSpeakerTurn(_ b: [UInt8], _ r: Range<Int>) -> Bool {
        var i = r.lowerBound, words = 0
        let limit = min(r.upperBound, r.lowerBound + 80)
        while i < limit {
            let w = i
            while i < limit, b[i] != 0x20, b[i] != 0x3A { i += 1 }
            if i == w { return false }
            words += 1
            let f = b[w]
            let small = (w..<i).count <= 3 && Bytes.isLower(f)   // of, the, de
            guard Bytes.isUpper(f) || f >= 0xC0 || small else { return false }
            if i < limit, b[i] == 0x3A { return words >= 2 && i + 1 < r.upperBound && b[i + 1] == 0x20 }
            i += 1
            if words > 8 { return false }
        }
        return false
    }

    private static func isSeparator(_ b: [UInt8], _ r: Range<Int>) -> Bool {
        r.count >= 5 && b[r.lowerBound] == 0x2A && b[r.lowerBound + 2] == 0x2A && b[r.lowerBound + 4] == 0x2A
    }
}
