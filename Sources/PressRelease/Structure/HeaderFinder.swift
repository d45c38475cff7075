/// What the lines before the body say: headline, subheadline, kind, a date line, a location line,
/// a dateline standing on its own line, and header boilerplate (labels, references, letterheads).
struct Header {
    var kind: String?
    var headline: Piece?
    var subheadline: Piece?
    var date: DateMatch?
    var dateLine: Piece?
    var location: Piece?
    /// A place named inside a block rather than on a line of its own (a transcript's venue).
    var place: String?
    var ownLineDateline: (piece: Piece, parts: DatelineParts)?
    var boilerplate: [Boilerplate] = []
    var contactLines: [Piece] = []
    /// The lines after the header (some header lines may have been split at wide gaps).
    var body: ArraySlice<Piece> = []
}

/// Finds the header in three layouts: archive Markdown (`# Headline`), container records
/// (`title ⏎ ISO date ⏎ [location]`), and free text (labels, letterheads and reference numbers
/// before the headline, as in the seed and OCR'd Australian releases).
enum HeaderFinder {
    static func find(_ input: [Piece], source: [UInt8]) -> Header {
        var pieces = input
        var h = Header()
        var i = 0
        var structured = false
        guard !pieces.isEmpty else { return h }
        let first = pieces[0].bytes
        if first.count > 2, first[0] == 0x23, let hashes = markdownHeading(first) {
            h.headline = pieces[0].slice(hashes, first.count)
            i = 1
            structured = true
        } else if pieces.count >= 2, !pieces[1].afterBlank, isSetextUnderline(pieces[1].bytes), HeaderLines.classify(first) != .noise {
            // `Title` ⏎ `=====`: a Markdown heading underlined, as archive exports print titles
            h.headline = pieces[0]
            // (free text below it: letterheads, labels and date lines follow as in plain releases)
            h.boilerplate.append(boiler(.debris, pieces[1]))
            i = 2
        } else if pieces.count >= 2, let d = isoLine(pieces[1].bytes), HeaderLines.classify(first) != .noise {
            h.headline = pieces[0]
            h.date = d
            h.dateLine = pieces[1]
            i = 2
            structured = true
            // Kremlin records: a location line right under the timestamp, then a blank line.
            if pieces.count >= 4, !pieces[2].afterBlank, pieces[3].afterBlank, isLocationLine(pieces[2].bytes) {
                h.location = pieces[2]
                i = 3
            }
        } else if let d = titleOverDate(pieces) {
            // `Statement by … on …` ⏎ `November 7, 2023` ⏎ blank ⏎ lead: a title line with its date
            // under it is the headline even when its words read like a letterhead
            // (not `structured`: the hard-wrapped lead under it is no subheadline)
            h.headline = trimDecoration(pieces[0])
            h.date = d
            h.dateLine = pieces[1]
            i = 2
        }
        var limit = min(pieces.count, i + 40)
        var transcriptAt: Int?
        var splits = 0
        while i < limit {
            // OCR'd letterheads: wide blank runs separate what were lines on the page
            if !structured, splits < 8, h.headline == nil || h.date == nil {
                let gaps = pieces[i].wideGaps(in: source).filter { $0 < 300 }
                if !gaps.isEmpty {
                    let parts = pieces[i].split(at: gaps)
                    pieces.replaceSubrange(i...i, with: parts)
                    limit = min(pieces.count, limit + parts.count - 1)
                    splits += 1
                }
            }
            let p = pieces[i]
            let b = p.bytes
            if b.count >= 3 && b[0] == 0x60 && b[1] == 0x60 && b[2] == 0x60 || Boilerplates.isImage(b) {   // ``` fences
                h.boilerplate.append(boiler(.debris, p)); i += 1; continue
            }
            if let hl = h.headline, b.count < hl.count * 2 + 16, ByteText.letterKey(b) == ByteText.letterKey(hl.bytes), !b.isEmpty {
                h.boilerplate.append(boiler(.debris, p)); i += 1; continue
            }
            // `SUBJECTS: JobSeeker; …` closes a transcript's block: the interview type, venue and
            // date lines between the transcript label and it are the block, not a headline
            if h.kind == "transcript", ByteText.prefix(b, subjectLines) != nil {
                if let hl = h.headline, let at = transcriptAt, hl.start > at {
                    h.boilerplate.append(boiler(.label, hl)); h.headline = nil
                }
                if let at = transcriptAt { h.place = TranscriptBlock.place(source, at, p.start) }
                h.boilerplate.append(boiler(.label, p)); i += 1
                break
            }
            switch HeaderLines.classify(b) {
            case .label(let kind):
                if h.kind == nil { h.kind = kind }
                if kind == "transcript", transcriptAt == nil { transcriptAt = p.start }
                if h.date == nil, let d = DateParser.find(b, 0, b.count) { h.date = d; h.dateLine = p.slice(d.start, d.end) }
                h.boilerplate.append(boiler(.label, p)); i += 1
                // `Media Release: Government hits new lows …`: the headline after the label
                // (not the colon of a time: `EMBARGOED UNTIL 10:00 A.M. EDT, …`)
                if h.headline == nil, !structured, let colon = b.firstIndex(of: 0x3A), colon < 24,
                   colon == 0 || !Bytes.isDigit(b[colon - 1]) {
                    let rest = p.slice(colon + 1, b.count)
                    if ByteText.counts(rest.bytes).words >= 4, HeaderLines.classify(rest.bytes) == .text { h.headline = rest }
                }
                continue
            case .date(let d):
                if h.date == nil { h.date = d; h.dateLine = p.slice(0, d.end) } else { h.boilerplate.append(boiler(.dateline, p)) }
                // `3 December 2012  COMMENCEMENT OF INDEPENDENT REVIEWER …`: a headline after the date
                let rest = p.slice(d.end, b.count)
                if h.headline == nil, !structured, ByteText.counts(rest.bytes).words >= 3, isCapitals(rest.bytes),
                   HeaderLines.classify(rest.bytes) == .text {
                    h.headline = rest
                }
                i += 1; continue
            case .reference:
                h.boilerplate.append(boiler(.reference, p)); i += 1; continue
            case .noise:
                h.boilerplate.append(boiler(.debris, p)); i += 1; continue
            case .contact:
                h.contactLines.append(p)
                h.boilerplate.append(boiler(.contact, p)); i += 1; continue
            case .letterhead where !structured || h.headline == nil:
                if h.date == nil, let d = DateParser.find(b, 0, b.count) { h.date = d; h.dateLine = p.slice(d.start, d.end) }
                if h.kind == nil, ByteText.hasPrefix(b, Array("statement".utf8)) { h.kind = "statement" }
                h.boilerplate.append(boiler(.letterhead, p)); i += 1
                // a letterhead wrapped onto the next line: `… SHADOW MINISTER FOR IMMIGRATION` ⏎ `AND ETHNIC AFFAIRS`
                // (`FOR IMMEDIATE RELEASE` under `DEPARTMENT OF LABOR` is a label, not a continuation)
                while i < limit, b.count < 110, pieces[i].count < 80, isContinuation(pieces[i].bytes),
                      HeaderLines.label(pieces[i].bytes) == nil {
                    h.boilerplate.append(boiler(.letterhead, pieces[i])); i += 1
                }
                continue
            default:
                break
            }
            if h.headline != nil, !structured, h.subheadline == nil, ReleaseBlock.isSubtitle(pieces, at: i, header: h) {
                h.subheadline = p; i += 1; continue
            }
            if h.headline != nil, h.ownLineDateline == nil, let dl = DatelineParser.parse(b), dl.bodyStart >= b.count {
                h.ownLineDateline = (p, dl); i += 1; continue
            }
            // `Representative Doe Opening Statement June 3, 2021` under the headline: a dated title line
            if h.headline != nil, h.date == nil, let d = TitleLines.titleWithDate(b) {
                h.date = d; h.dateLine = p.slice(d.start, b.count)
                h.boilerplate.append(boiler(.dateline, p)); i += 1; continue
            }
            if h.headline == nil, !structured, HeaderLines.isFragment(b) {
                h.boilerplate.append(boiler(.debris, p)); i += 1; continue
            }
            // `CHAIR OF THE INDO-PACIFIC TRADE TASKFORCE` between two issuer lines is one of them
            if h.headline == nil, !structured, i > 0, i + 1 < limit, isCapitals(b), let last = h.boilerplate.last,
               last.kind == .letterhead, last.stop == pieces[i - 1].stop,
               HeaderLines.classify(pieces[i + 1].bytes) == .letterhead {
                h.boilerplate.append(boiler(.letterhead, p)); i += 1; continue
            }
            if h.headline == nil, !structured, isNameLine(b), i + 1 < limit, HeaderLines.classify(pieces[i + 1].bytes) != .text {
                h.boilerplate.append(boiler(.letterhead, p)); i += 1; continue
            }
            // `FORREST MAKES STAND ON PRINCIPLE John Forrest, …`: a capitals headline run into the lead
            if h.headline == nil, !structured, b.count > 100, let cut = capitalsPrefixEnd(b) {
                h.headline = p.slice(0, cut)
                pieces[i] = p.slice(cut, b.count)
                break
            }
            // `Asylum seeker “Package” a way forward  The asylum seeker package …`: a title and the
            // lead on one line, two blanks apart
            if h.headline == nil, !structured, isLeadSentence(b),
               let g = p.wideGaps(in: source, minBlanks: 2).first(where: { $0 > 12 && $0 < 200 }) {
                let left = p.slice(0, g), right = p.slice(g + 1, b.count)
                if let last = left.last, !ParagraphBuilder.isTerminal(last) || last == 0x9D || last == 0x22,
                   ByteText.counts(left.bytes).words >= 3, let f = right.first, Bytes.isUpper(f),
                   ByteText.counts(right.bytes).words >= 8 {
                    h.headline = left
                    pieces[i] = right
                    break
                }
            }
            if h.headline == nil, !structured, isLeadSentence(b) {
                break   // the text opens straight into the body: no headline
            }
            if h.headline == nil {
                var hl = p
                i += 1
                // a headline wrapped mid-phrase: `Coalition` ⏎ `says "Refugees go home"`
                while i < limit, HeaderLines.isFragment(pieces[i].bytes), pieces[i].count < 90, hl.count < 120 {
                    hl = hl.joined(pieces[i]); i += 1
                }
                // an all-capitals headline wrapped over two lines (OCR'd letterheads)
                while i < limit, isCapitals(hl.bytes), isCapitals(pieces[i].bytes), pieces[i].count < 90,
                      HeaderLines.classify(pieces[i].bytes) == .text, hl.count < 120 {
                    hl = hl.joined(pieces[i]); i += 1
                }
                // `Brisbane marks Refugee Week 2010 18 June 2010`: a date glued to the headline's end
                if let d = trailingDate(hl.bytes) {
                    if h.date == nil { h.date = d; h.dateLine = hl.slice(d.start, hl.count) }
                    hl = hl.slice(0, d.start)
                }
                // `October 25 2007 Statement of Senator Doe on …`: a date before a title-case headline
                if let d = DateParser.match(hl.bytes, 0, min(hl.count, 40)), d.start == 0, d.end < hl.count {
                    let rest = hl.slice(d.end, hl.count)
                    if ByteText.counts(rest.bytes).words >= 4, TitleLines.isTitleCase(rest.bytes),
                       let f = rest.first, Bytes.isUpper(f) {
                        if h.date == nil { h.date = d; h.dateLine = hl.slice(0, d.end) }
                        hl = rest
                    }
                }
                h.headline = trimDecoration(hl)
                continue
            }
            if h.subheadline == nil, structured, i + 1 < pieces.count, isSubheadline(b) {
                h.subheadline = p.slice(markdownHeading(b) ?? 0, b.count); i += 1; continue
            }
            break
        }
        h.body = pieces[i...]
        return h
    }

    private static func boiler(_ k: Boilerplate.Kind, _ p: Piece) -> Boilerplate {
        Boilerplate(kind: k, text: p.string, start: p.start, stop: p.stop)
    }

    /// Length of a `#`…`# ` heading marker, if the line is a Markdown heading.
    static func markdownHeading(_ b: [UInt8]) -> Int? {
        var k = 0
        while k < b.count, k < 6, b[k] == 0x23 { k += 1 }
        guard k > 0, k < b.count, b[k] == 0x20 else { return nil }
        return k + 1
    }

    /// `=====` or `-----` (three or more, nothing else): the underline of a Markdown setext heading.
    static func isSetextUnderline(_ b: [UInt8]) -> Bool {
        guard b.count >= 3, let c = b.first, c == 0x3D || c == 0x2D else { return false }
        return b.allSatisfy { $0 == c }
    }

    /// A line that is an ISO date or timestamp and nothing else.
    /// A first line of title-case words, a date line right under it, then a blank line and a
    /// paragraph of running text: the layout of page-title-then-date exports. Labels, capitals
    /// letterheads and name lines (`CHRIS DOE MP`) are not titles; a short next line is a headline,
    /// so the first line was a letterhead.
    static func titleOverDate(_ pieces: [Piece]) -> DateMatch? {
        guard pieces.count >= 3, !pieces[1].afterBlank, pieces[2].afterBlank else { return nil }
        let first = pieces[0].bytes
        guard first.count <= 250, let f = first.first, Bytes.isUpper(f), first.last != 0x2E,
              case .date(let d) = HeaderLines.classify(pieces[1].bytes),
              DateParser.find(first, 0, first.count) == nil,
              HeaderLines.label(first) == nil, !isCapitals(first), !isNameLine(first),
              !Letterhead.hasToken(first, "MP"), !ByteText.hasPrefix(first, Array("senator".utf8)) else { return nil }
        let c = ByteText.counts(first), next = ByteText.counts(pieces[2].bytes)
        guard c.words >= 4, c.lower > c.upper, next.words >= 10, !isCapitals(pieces[2].bytes) else { return nil }
        return d
    }

    static let subjectLines: [[UInt8]] = [Array("subject:".utf8), Array("subjects:".utf8)]

    static func isoLine(_ b: [UInt8]) -> DateMatch? {
        guard b.count >= 10, b.count <= 30, Bytes.isDigit(b[0]), b[4] == 0x2D,
              let d = DateParser.match(b, 0, b.count), d.end >= b.count else { return nil }
        return d
    }

    /// End of a run of at least three all-capital words that opens a longer mixed-case line.
    static func capitalsPrefixEnd(_ b: [UInt8]) -> Int? {
        var i = 0, words = 0, end = 0
        while i < b.count {
            while i < b.count, b[i] == 0x20 { i += 1 }
            let w = i
            var letters = 0, lower = 0
            while i < b.count, b[i] != 0x20 {
                if Bytes.isLower(b[i]) { lower += 1 } else if Bytes.isUpper(b[i]) { letters += 1 }
                i += 1
            }
            guard i > w else { break }
            if lower > 0 {
                // single capitals (`A`, `I`) are ambiguous: the run must hold real words
                guard words >= 3, Bytes.isUpper(b[w]) else { return nil }
                let rest = ByteText.counts(Array(b[w...]))
                return rest.words >= 4 && rest.lower > rest.upper ? end : nil
            }
            if letters > 0 || (w..<i).contains(where: { Bytes.isDigit(b[$0]) }) { words += 1; end = i } else if words == 0 { return nil }
        }
        return nil
    }

    /// `**** Headline ****` → `Headline`.
    static func trimDecoration(_ p: Piece) -> Piece {
        var lo = 0, hi = p.count
        while lo < hi, p.bytes[lo] == 0x2A || p.bytes[lo] == 0x20 { lo += 1 }
        while hi > lo, p.bytes[hi - 1] == 0x2A || p.bytes[hi - 1] == 0x20 { hi -= 1 }
        return lo == 0 && hi == p.count ? p : p.slice(lo, hi)
    }

    /// A line continuing the one before: starts in lower case or with a joining word (`AND`, `&`, `OF`).
    static func isContinuation(_ b: [UInt8]) -> Bool {
        guard let f = b.first else { return false }
        if Bytes.isLower(f) || f == 0x26 { return true }
        return ByteText.prefix(b, [Array("and ".utf8), Array("of ".utf8), Array("for ".utf8)]) != nil && b.count < 80
    }

    /// `The Kremlin, Moscow`, `Novo-Ogaryovo, Moscow Region`, `Sochi`: short, capitalised, no sentence end.
    static func isLocationLine(_ b: [UInt8]) -> Bool {
        guard b.count >= 2, b.count <= 60, Bytes.isUpper(b[0]) || b[0] >= 0xC0, b.last != 0x2E else { return false }
        let c = ByteText.counts(b)
        return c.words <= 6 && c.digits == 0 && !b.contains(0x3A)
    }

    /// A person's name alone: two capitalised words (`John Hewson`), as letterheads print it.
    static func isNameLine(_ b: [UInt8]) -> Bool {
        let c = ByteText.counts(b)
        guard c.words == 2, c.digits == 0, b.count <= 30, Bytes.isUpper(b[0]) else { return false }
        guard let sp = b.firstIndex(of: 0x20), sp + 2 < b.count, Bytes.isUpper(b[sp + 1]) else { return false }
        return Bytes.isLower(b[1]) && Bytes.isLower(b[sp + 2]) && !b.contains(0x3A)
    }

    /// A first line that is plainly a body sentence, not a headline: long and ending with a full stop.
    static func isLeadSentence(_ b: [UInt8]) -> Bool {
        let c = ByteText.counts(b)
        return (b.last == 0x2E || b.last == 0x2C) && c.words >= 14 || c.words >= 40
    }

    /// A date at the very end of a line with more words before it.
    static func trailingDate(_ b: [UInt8]) -> DateMatch? {
        guard b.count > 12 else { return nil }
        var k = b.count - 1
        var spaces = 0
        var found: DateMatch?
        // keep the earliest start that still reads as one date to the end (`Monday, 15 February 2010`)
        while k > 8 {
            if b[k] == 0x20 {
                spaces += 1
                if spaces > 5 { break }
                if let d = DateParser.match(b, k + 1, b.count), d.end == b.count { found = d }
            }
            k -= 1
        }
        return found
    }

    static func isCapitals(_ b: [UInt8]) -> Bool {
        let c = ByteText.counts(b)
        return c.upper >= 4 && c.lower * 10 <= c.upper
    }

    /// A subheadline: one shortish line that does not end like a sentence and is not a dateline.
    static func isSubheadline(_ b: [UInt8]) -> Bool {
        // a sentence-final full stop or colon marks a lead; `!`, `?` and `)` end subheadlines too
        guard b.count >= 12, b.count <= 300, let last = b.last,
              !ParagraphBuilder.isTerminal(last) || last == 0x29 || last == 0x21 || last == 0x3F else {
            return false
        }
        if markdownHeading(b) != nil { return true }
        let c = ByteText.counts(b)
        guard c.words >= 3, Bytes.isUpper(b[0]) || Bytes.isDigit(b[0]) || b[0] >= 0xC0 else { return false }
        if Boilerplates.isAbout(b) || Boilerplates.isContactOpener(b) { return false }
        if ParagraphBuilder.startsBlock(b) { return false }
        return DatelineParser.parse(b) == nil
    }
}
