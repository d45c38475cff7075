/// Builds body paragraphs from lines: rejoins wrapped lines (OCR'd Australian releases, hard-wrapped
/// text), and splits flattened one-line bodies (247PressRelease's double spaces are split earlier,
/// in `LineSplitter`; Kremlin bodies are split here on sentences and speaker turns).
enum ParagraphBuilder {
    static func build(_ pieces: ArraySlice<Piece>) -> [Piece] {
        let wrapped = isWrappedStyle(pieces)
        var out: [Piece] = []
        for p in pieces {
            let join = out.last.map { shouldJoin($0, p, wrapped: wrapped) } ?? false
            if join {
                out[out.count - 1].append(p)   // in place: no copy of the paragraph so far
            } else {
                out.append(p)
            }
        }
        // A flattened body: one very long paragraph holding many sentences.
        var result: [Piece] = []
        result.reserveCapacity(out.count)
        for p in out {
            if p.count >= 1200 { result.append(contentsOf: FlatBodySplitter.split(p)) } else { result.append(p) }
        }
        return result
    }

    /// Whether many longer lines end mid-sentence: the mark of OCR'd or hard-wrapped text.
    static func isWrappedStyle(_ pieces: ArraySlice<Piece>) -> Bool {
        var long = 0, open = 0
        for p in pieces where p.count >= 50 {
            long += 1
            if let l = p.last, !isTerminal(l) { open += 1 }
        }
        return open >= 2 && open * 4 >= long
    }

    static func isTerminal(_ b: UInt8) -> Bool {
        // . ! ? : ; " ) ] and the last byte of ” ’ (0x9D, 0x99)
        b == 0x2E || b == 0x21 || b == 0x3F || b == 0x3A || b == 0x3B || b == 0x22 || b == 0x29 || b == 0x5D
            || b == 0x9D || b == 0x99
    }

    static func shouldJoin(_ a: Piece, _ b: Piece, wrapped: Bool) -> Bool {
        // `…, and Dr.` ⏎ `Kugler – who…`: a title's full stop at a wrap is no sentence end
        if let first = b.first, !b.afterBlank, Bytes.isUpper(first), a.count >= 40, endsWithTitleAbbreviation(a.bytes) {
            return true
        }
        guard let last = a.last, var first = b.first, !isTerminal(last) else { return false }
        // `[@POTUS](https://…) for the Fed's …`: a link wrapped to a line start reads as its text
        let linkRunsOn = !b.afterBlank && isInlineLinkStart(b.bytes)
        if linkRunsOn { first = b.bytes[b.bytes[1] == 0x40 ? 2 : 1] }   // the link text's first letter, past an @
        if startsBlock(b.bytes) && !linkRunsOn || startsBlock(a.bytes) && a.count < 60 { return false }
        if Bytes.isLower(first) { return a.count >= 20 || wrapped }
        guard a.count >= (wrapped ? 40 : 55) else { return false }
        let continues = Bytes.isLower(last) || last == 0x2C || last == 0x2D || Bytes.isDigit(last) || last >= 0x80
        guard continues else { return false }
        if wrapped { return Bytes.isLetter(first) || Bytes.isDigit(first) || first == 0x24 || first == 0x28 }
        // consecutive lines without a blank line between them, both long: hard wrapping
        return !b.afterBlank && a.count >= 60 && b.count >= 30 && (Bytes.isLetter(first) || Bytes.isDigit(first))
    }

    /// `[text](target) more words`: an inline link that text follows on the same line (a line that
    /// is one link and nothing else, `[Source](…)`, is page furniture and starts a block).
    static func isInlineLinkStart(_ b: [UInt8]) -> Bool {
        guard b.count > 6, b[0] == 0x5B, b[1] != 0x5B, b[1] != 0x21 else { return false }
        var k = 1
        while k < min(b.count, 200), b[k] != 0x5D { k += 1 }
        guard k + 1 < b.count, b[k + 1] == 0x28 else { return false }
        var e = k + 2
        while e < min(b.count, 800), b[e] != 0x29, b[e] != 0x20 { e += 1 }
        guard e < b.count, b[e] == 0x29, e + 2 < b.count, b[e + 1] == 0x20 else { return false }
        return Bytes.isLetter(b[e + 2]) || Bytes.isDigit(b[e + 2])
    }

    /// Titles written before a name with a full stop (`Dr.`, `Sen.`), lower-case, without it.
    static let titleAbbreviations: Set<[UInt8]> = Set(["mr", "mrs", "ms", "dr", "rep", "sen", "gov", "prof", "hon",
                                                       "gen", "col", "lt", "capt", "sgt", "rev", "st"].map { Array($0.utf8) })

    static func endsWithTitleAbbreviation(_ b: [UInt8]) -> Bool {
        guard b.count >= 3, b[b.count - 1] == 0x2E else { return false }
        var k = b.count - 1
        while k > 0, Bytes.isLetter(b[k - 1]) { k -= 1 }
        guard k == 0 || b[k - 1] == 0x20, b.count - 1 - k <= 4 else { return false }
        return titleAbbreviations.contains(b[k..<(b.count - 1)].map(Bytes.lower))
    }

    /// Lines that always start a paragraph: bullets, headings, boilerplate openers, end marks.
    static func startsBlock(_ b: [UInt8]) -> Bool {
        guard let f = b.first else { return true }
        if f == 0x2A || f == 0x23 || f == 0x2D || f == 0x3E || f == 0x7C || f == 0x21 || f == 0x5B { return true }
        if f == 0xE2, b.count > 2, b[1] == 0x80, b[2] == 0xA2 { return true }  // •
        return Boilerplates.isContactOpener(b) || Boilerplates.isAbout(b) || Boilerplates.isEndMark(b)
    }
}

/// Splits long source lines where a paragraph break was flattened to a run of spaces
/// (247PressRelease joins paragraphs with two spaces): after sentence-final punctuation, before a capital.
enum LineSplitter {
    static func ranges(_ s: UnsafeBufferPointer<UInt8>, _ line: SourceLine) -> [Range<Int>] {
        guard line.length >= 400 else { return [line.lo..<line.hi] }
        var out: [Range<Int>] = []
        var start = line.lo
        var i = line.lo
        while i + 2 < line.hi {
            if s[i] == 0x20, s[i + 1] == 0x20, i > start {
                var j = i
                while j < line.hi, s[j] == 0x20 { j += 1 }
                let before = s[i - 1]
                let endsSentence = before == 0x2E || before == 0x21 || before == 0x3F || before == 0x22 || before == 0x29
                    || before == 0x9D || before == 0x3A
                if endsSentence, j < line.hi, Bytes.isUpper(s[j]) || s[j] == 0x22 || s[j] == 0xE2 || Bytes.isDigit(s[j]) || s[j] == 0x2A {
                    out.append(start..<i)
                    start = j
                }
                i = j
                continue
            }
            i += 1
        }
        out.append(start..<line.hi)
        return out
    }
}
