/// A quoted span found by `QuoteScanner`, in paragraph-text byte offsets.
struct ScannedQuote {
    /// 0-based paragraph position.
    var paragraph: Int
    var openStart: Int
    /// End of the closing mark, or of the quoted words when the quote is left open.
    var closeStop: Int
    /// The quoted words, trimmed, without the hand-over comma.
    var textStart: Int
    var textStop: Int
    /// The quote was closed by a mark (false: closed at a paragraph end or by a reopening mark).
    var closed: Bool
    /// Continues the previous quote (multi-paragraph convention, or reopened without closing).
    var continued: Bool
    /// The words ended with a comma inside the marks: an attribution follows (`"…," he said`).
    var handsOver: Bool = false
    /// Its opening mark was lost: it starts at the paragraph start (see `QuoteScanner.lostOpening`).
    var unopened: Bool = false
}

/// Pairs double quotation marks paragraph by paragraph in one linear pass.
///
/// Rules, from the news conventions press releases follow: marks pair by glyph and flanking
/// (`“…”`, `"…"`, `„…“`, `«…»`); an opening-shaped mark inside an open quote is a nested quote
/// when it closes again shortly and the outer quote still closes later, otherwise it means the
/// previous quote was never closed; a quote open at a paragraph end ends there (the next
/// paragraph reopening it is a continuation; anything else is warned about). A quote never
/// runs past its paragraph.
enum QuoteScanner {
    /// Longest span accepted as a nested quote inside a quote (`the "Build Back Better" Act`).
    static let maxNested = 120

    static func scan(paragraph p: Int, bytes b: UnsafeBufferPointer<UInt8>, marks: [QuoteMark],
                     previousOpen: Bool, warnings: inout [ParseWarning],
                     sourceOffset: (Int) -> Int) -> (quotes: [ScannedQuote], endsOpen: Bool) {
        var out: [ScannedQuote] = []
        var open: QuoteMark? = nil
        var openContinues = false
        var warnedReopen = false
        var k = 0
        while k < marks.count {
            let m = marks[k]
            guard let o = open else {
                if m.role == .close, out.isEmpty, k == 0, lostOpening(b, m, previousOpen: previousOpen) {
                    // The opening mark was lost: the quote runs from the paragraph start (the
                    // analyzer keeps it only when it continues a quote or hands over to a cue).
                    let start = QuoteMark(start: 0, stop: 0, family: m.family, role: .open)
                    append(&out, p, b, start, stopAt: m.start, closeStop: m.stop, closed: true, continued: previousOpen)
                    if !out.isEmpty { out[out.count - 1].unopened = true }
                } else if m.role == .close {
                    warnings.append(ParseWarning(code: "stray-quote-mark",
                        message: "closing quotation mark without an opening one", offset: sourceOffset(m.start)))
                } else {
                    open = m
                    // A paragraph that starts by reopening the quote left open above continues it.
                    openContinues = previousOpen && out.isEmpty && isParagraphStart(b, m.start)
                }
                k += 1
                continue
            }
            if m.role == .open || (m.role == .either && !m.closes(o.family)) {
                if isNested(marks, k, outer: o, bytes: b) {
                    k += 2  // skip the nested pair; the outer quote stays open
                    continue
                }
                // The previous quote was never closed: end it before this mark (warned once a paragraph).
                if !warnedReopen {
                    warnings.append(ParseWarning(code: "unclosed-quote",
                        message: "quotation reopened before it was closed", offset: sourceOffset(o.start)))
                    warnedReopen = true
                }
                append(&out, p, b, o, stopAt: m.start, closeStop: m.start, closed: false, continued: openContinues)
                open = m
                openContinues = true
                k += 1
                continue
            }
            if m.closes(o.family) {
                append(&out, p, b, o, stopAt: m.start, closeStop: m.stop, closed: true, continued: openContinues)
                open = nil
                openContinues = false
            }
            k += 1
        }
        if let o = open {
            if let c = singleCloser(b, after: o.stop) {
                append(&out, p, b, o, stopAt: c.start, closeStop: c.stop, closed: true, continued: openContinues)
                return (out, false)
            }
            append(&out, p, b, o, stopAt: b.count, closeStop: b.count, closed: false, continued: openContinues)
            return (out, true)
        }
        return (out, false)
    }

    /// A paragraph whose first mark closes a quote lost its opening mark when the quote above
    /// was left open (a paragraph broken inside a quote) or when the words hand over with a comma
    /// (`… mining," Heinrich said.`).
    static func lostOpening(_ b: UnsafeBufferPointer<UInt8>, _ m: QuoteMark, previousOpen: Bool) -> Bool {
        var e = m.start
        while e > 0, b[e - 1] == 0x20 || b[e - 1] == 0x09 { e -= 1 }
        guard e > 0 else { return false }
        return previousOpen || b[e - 1] == 0x2C
    }

    private static func isParagraphStart(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        var j = 0
        while j < i {
            let w = ByteClass.spaceWidth(b, j)
            if w == 0 { return false }
            j += w
        }
        return true
    }

    /// A short quote inside a quote: the next mark closes it soon, without a sentence break, and
    /// a later mark can still close the outer quote.
    private static func isNested(_ marks: [QuoteMark], _ k: Int, outer: QuoteMark,
                                 bytes b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard k + 1 < marks.count else { return false }
        let inner = marks[k], close = marks[k + 1]
        // The pair may also be the paragraph's last marks when the outer quote opens the paragraph:
        // it runs on to the paragraph end (and, by the multi-paragraph convention, beyond).
        let runsOn = k + 2 >= marks.count && outer.role == .open && isParagraphStart(b, outer.start)
        guard close.role != .open, close.start - inner.stop <= maxNested, close.start > inner.stop,
              runsOn || outerClosesLater(marks, from: k + 2, outer: outer) else { return false }
        var i = inner.stop
        while i + 2 < close.start {
            if b[i] == 0x2E || b[i] == 0x21 || b[i] == 0x3F, b[i + 1] == 0x20, ByteClass.isUpper(b[i + 2]) { return false }
            i += 1
        }
        return true
    }

    /// Longest tail (bytes) after a single closing mark taken as the attribution (`’, Mr X said.`).
    static let maxSingleTail = 80

    /// A double-quoted passage its typist closed with a single mark (`“… agenda’, Mr X said`):
    /// the last `’,` or `',` of the paragraph when only a short attribution follows it.
    static func singleCloser(_ b: UnsafeBufferPointer<UInt8>, after start: Int) -> (start: Int, stop: Int)? {
        var i = b.count - 1
        let floor = max(start + 1, b.count - maxSingleTail - 4)
        while i >= floor {
            if b[i] == 0x2C {
                if i >= 3, b[i - 3] == 0xE2, b[i - 2] == 0x80, b[i - 1] == 0x99, i - 3 > start { return (i - 3, i) }
                if b[i - 1] == 0x27, i - 1 > start { return (i - 1, i) }
            }
            // Another double mark in the tail: the passage ends some other way.
            if b[i] == 0x22 || (b[i] == 0xE2 && i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0x9C || b[i + 2] == 0x9D)) { return nil }
            i -= 1
        }
        return nil
    }

    /// Most nested pairs a quote may hold before its close (`to "Smith" … "Mr Smith's" …`).
    static let maxNestedPairs = 6

    /// A mark from `j` on closes the outer quote, after at most a few more open–close pairs.
    private static func outerClosesLater(_ marks: [QuoteMark], from j0: Int, outer: QuoteMark) -> Bool {
        var j = j0, pairs = 0
        while j < marks.count, pairs <= maxNestedPairs {
            if marks[j].closes(outer.family), marks[j].role == .close || j + 1 >= marks.count || marks[j + 1].role == .open {
                return true
            }
            guard marks[j].role != .close, j + 1 < marks.count, marks[j + 1].role != .open else { return false }
            j += 2
            pairs += 1
        }
        return false
    }

    private static func append(_ out: inout [ScannedQuote], _ p: Int, _ b: UnsafeBufferPointer<UInt8>,
                               _ o: QuoteMark, stopAt: Int, closeStop: Int, closed: Bool, continued: Bool) {
        var s = o.stop, e = stopAt
        while s < e, ByteClass.spaceWidth(b, s) > 0 { s += ByteClass.spaceWidth(b, s) }
        while e > s {
            let c = b[e - 1]
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x2C { e -= 1; continue }
            if c == 0xA0, e >= 2, b[e - 2] == 0xC2 { e -= 2; continue }
            break
        }
        guard e > s else { return }
        var comma = false
        var k = stopAt
        while k > e { if b[k - 1] == 0x2C { comma = true }; k -= 1 }
        out.append(ScannedQuote(paragraph: p, openStart: o.start, closeStop: closeStop,
                                textStart: s, textStop: e, closed: closed, continued: continued, handsOver: comma))
    }
}
