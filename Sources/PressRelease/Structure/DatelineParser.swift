/// What a dateline parse found in a paragraph's text: parts as byte ranges of that text.
struct DatelineParts {
    var place: Range<Int>?
    var date: DateMatch?
    var agency: Range<Int>?
    /// End of the dateline's own text (before the closing separator).
    var textEnd: Int
    /// Where the body text starts after the dateline.
    var bodyStart: Int
}

/// Parses the dateline that opens a lead paragraph, in the styles of newswires, congressional
/// offices and the seed: `WASHINGTON –`, `(Keene, NH) –`, `Nov. 8, 2017 (EIRNS)—`,
/// `CITY, ST, Month D, YYYY /24-7PressRelease/ --`, `NEW YORK, NY - (NewMediaWire) - August 22, 2024 -`,
/// `Salt Lake City, UT (Newsworthy.ai) Tuesday Nov 21, 2023 @ 6:00 PM Eastern —`,
/// `HANOI, VIETNAM - [Media OutReach Newswire](…) – 9 June 2026 –`, `MISSISSAUGA, ON / PR Karma / …`,
/// `HONG KONG, 01 Nov, 2024,`, `--News Direct--`, and a bare date line.
enum DatelineParser {
    static let maxLength = 260

    /// `gap`: text offset of a space that stood for two or more blanks in the source, where a
    /// dash was lost (`WASHINGTON, D.C.  Today, …`); it may close an all-capitals place.
    static func parse(_ b: [UInt8], gap: Int? = nil) -> DatelineParts? {
        let n = b.count
        let limit = min(n, maxLength)
        var place: Range<Int>?, date: DateMatch?, agency: Range<Int>?
        var i = 0, textEnd = 0, bodyStart = 0
        var closed = false      // the last thing consumed ends a dateline (separator, paren, comma after date)
        var leadingDash = false
        var longDash = false     // the last separator was an en or em dash
        var steps = 0
        while i < limit, steps < 10 {
            steps += 1
            let sep = Separators.dash(b, i, attached: i > 0)
            if sep == 0 { i = skipSpaces(b, i); if i >= limit { break } }
            if sep > 0 {
                if textEnd == 0 && place == nil && date == nil && agency == nil { leadingDash = true }
                longDash = isLongDash(b, i, sep)
                i += sep; bodyStart = i; closed = true
                continue
            }
            let c = b[i]
            if c == 0x28, let close = find(b, 0x29, i + 1, min(n, i + 90)) {
                let inner = trim(b, i + 1, close)
                var isPlace = false
                if date == nil, let d = DateParser.match(b, inner.lowerBound, inner.upperBound), d.end >= inner.upperBound - 1 {
                    date = d
                } else if agency != nil && place != nil {
                    // detail of a wire name: `PRISM MediaWire (Press Release Service – …)`
                } else if place == nil, date == nil, agency == nil, contains(b, inner, 0x2C), PlaceWords.looksLikePlace(b, inner) {
                    place = inner; isPlace = true
                } else if agency == nil, !contains(b, inner, 0x3A),
                          AgencyWords.looksLikeAgency(b, inner) || (place != nil || date != nil)
                          || (i == 0 && inner.count <= 30 && Separators.dash(b, close + 1) > 0) {
                    agency = inner
                } else { break }
                i = close + 1; textEnd = i; bodyStart = skipSpaces(b, i); closed = isPlace || bodyStart >= n
                // `Hong Kong (CNN) The…`, `London (CNN Business) In…`: a wire in brackets after the
                // opening place closes the dateline when the sentence starts straight after it
                if !closed, agency == inner, let p = place, p.lowerBound == 0, date == nil,
                   bodyStart == i + 1, bodyStart < n, Bytes.isUpper(b[bodyStart]), Bytes.isUpper(b[inner.lowerBound]),
                   inner.count >= 2, Bytes.isUpper(b[inner.lowerBound + 1]) || AgencyWords.looksLikeAgency(b, inner),
                   DateParser.match(b, bodyStart, min(n, bodyStart + 60)) == nil,   // not `(Wire) Friday Nov 24, 2023`
                   !abbreviates(b, inner, p) {   // `Health and Human Services (HHS) Secretary …` is a name
                    closed = true
                    break
                }
                continue
            }
            if c == 0x5B, agency == nil, let mid = findPair(b, i + 1, min(n, i + 90)),
               let close = find(b, 0x29, mid + 2, min(n, mid + 300)) {
                agency = trim(b, i + 1, mid)
                i = close + 1; textEnd = i; bodyStart = i; closed = false
                continue
            }
            if c == 0x2F, agency == nil, let close = find(b, 0x2F, i + 1, min(n, i + 90)),
               close + 1 >= n || b[close + 1] == 0x20, close > i + 1, i > 0,
               Bytes.isUpper(b[skipSpaces(b, i + 1)]) || Bytes.isDigit(b[skipSpaces(b, i + 1)]) {
                agency = trim(b, i + 1, close)
                i = close + 1; textEnd = i; bodyStart = skipSpaces(b, i); closed = i >= n
                continue
            }
            if date == nil, let d = DateParser.match(b, i, min(n, i + 60)) {
                date = d
                i = skipTime(b, d.end)
                textEnd = i; bodyStart = skipSpaces(b, i); closed = bodyStart >= n
                if i < n, b[i] == 0x2C || b[i] == 0x3B, place != nil || agency != nil || d.start == 0 {
                    i += 1; bodyStart = skipSpaces(b, i); closed = true
                    // `HONG KONG, 01 Nov, 2024, Hong Kong Design Centre…`: the comma ends the dateline
                    if Separators.dash(b, i) == 0 { break }
                }
                continue
            }
            // `WASHINGTON, April 2 —`: a day without a year; consumed, but states no full date
            if date == nil, place != nil, let e = monthDay(b, i) {
                i = e; textEnd = e; bodyStart = skipSpaces(b, e); closed = false
                continue
            }
            // (also after a date: `June 22, 2007 WASHINGTON, DC  United States Senator…`)
            if place == nil, agency == nil, let g = gap, g > i, g < i + 40 {
                var r = trim(b, i, g)
                var next = g + 1
                // a state code after the gap, its comma lost: `Washington  DC  I was…`, `WASHINGTON  DC`
                if let e = stateCodeEnd(b, next) { r = r.lowerBound..<e; next = skipSpaces(b, e) }
                if !r.isEmpty, r.upperBound > g || !b[r].contains(where: Bytes.isLower),
                   PlaceWords.looksLikePlace(b, r), PlaceWords.isStrongPlace(b, r),
                   next >= n && r.upperBound > g || next < n && Bytes.isUpper(b[next]) {
                    place = r; textEnd = r.upperBound
                    i = next; bodyStart = i; closed = true
                    continue
                }
            }
            // `WASHINGTON A federal grand jury…`: a capitals place run straight into a sentence, the dash lost
            if i == 0, let e = capitalsPlaceBeforeSentence(b) {
                place = 0..<e; textEnd = e
                i = e + 1; bodyStart = i; closed = true
                break
            }
            // a place may follow a wire and its date: `(NewMediaWire) - June 01, 2025 - GLENDALE, CA –`
            if place == nil, agency == nil || date != nil, !leadingDash {
                let end = placeEnd(b, i, min(n, i + 70))
                let r = trim(b, i, end)
                guard !r.isEmpty, PlaceWords.looksLikePlace(b, r) else { break }
                // after a date, only a clear place closed by a dash: `September 25th, 2025- Boca Raton, Florida-`
                if date != nil, !(PlaceWords.isStrongPlace(b, r) && Separators.dash(b, end, attached: true) > 0) { break }
                place = r; textEnd = r.upperBound
                i = end
                if i < n, b[i] == 0x2C { i += 1 }
                // a place alone is not a dateline paragraph (it is a heading); it needs what follows
                i = skipSpaces(b, i); bodyStart = i; closed = false
                continue
            }
            if agency == nil, leadingDash || place != nil || date != nil {
                let end = placeEnd(b, i, min(n, i + 60))
                let r = trim(b, i, end)
                let stops = end < n && (b[end] == 0x28 || Separators.dash(b, end, attached: true) > 0) || end >= n
                // after a leading dash only a name closed again counts (`--News Direct--`): `– President`
                // ending the line is a byline; a release label (`- Media Release`) is no agency
                guard !r.isEmpty, stops, ByteText.counts(Array(b[r])).words <= 6,
                      leadingDash && end < n || AgencyWords.looksLikeAgency(b, r),
                      HeaderLines.label(Array(b[r])) == nil else { break }
                agency = r
                i = end; textEnd = r.upperBound; bodyStart = skipSpaces(b, i); closed = i >= n
                continue
            }
            break
        }
        guard closed, textEnd > 0 else { return nil }
        let placeOK = place.map { PlaceWords.isStrongPlace(b, $0) || (longDash && ByteText.counts(Array(b[$0])).words <= 3) } ?? false
        guard date != nil || agency != nil || placeOK else { return nil }
        return DatelineParts(place: place, date: date, agency: agency, textEnd: textEnd, bodyStart: max(bodyStart, textEnd))
    }

    /// End of one to three all-capitals words of two letters or more (`WASHINGTON`, `NEW YORK`, `ST. PAUL, MINN.`) that read
    /// as a place, when a single space and a sentence in ordinary case follow: a capitalised word in
    /// lower case after its first letter (or `A`/`I`) that opens sentences, then five more words.
    static func capitalsPlaceBeforeSentence(_ b: [UInt8]) -> Int? {
        var i = 0, words = 0, end = 0
        while i < b.count, words < 4 {
            let w = i
            while i < b.count, b[i] != 0x20 { i += 1 }
            let word = b[w..<i]
            guard let f = word.first else { return nil }
            let pronounOrArticle = word.count == 1 && (f == 0x41 || f == 0x49)   // `A`, `I` open sentences
            let capitals = !pronounOrArticle && word.allSatisfy { Bytes.isUpper($0) || $0 == 0x2E || $0 == 0x2C }
            // initials (`W. R. Berkley Corporation`) are a name, not a place
            if capitals, Bytes.isUpper(f), word.filter({ Bytes.isUpper($0) }).count >= 2 {
                words += 1; end = i
                if words == 4 { return nil }
                i += 1
                continue
            }
            // the sentence's first word
            guard words >= 1, Bytes.isUpper(f), w == end + 1 else { return nil }
            guard pronounOrArticle || word.count >= 2 && Bytes.isLower(word[word.startIndex + 1]) else { return nil }
            // and a word that opens sentences (`The`, `A`, `Today`, `Senator`): `NASA Administrator…` is a subject
            guard PlaceWords.notPlaces.contains(word.map { Bytes.lower($0) }) else { return nil }
            let placeRange = 0..<(b[end - 1] == 0x2C ? end - 1 : end)
            guard placeRange.count >= 4, PlaceWords.looksLikePlace(b, placeRange),
                  ByteText.counts(Array(b[w...])).words >= 6 else { return nil }
            return placeRange.upperBound
        }
        return nil
    }

    /// End of a two-capital state code (`DC`, `NH`) standing alone at `k`, if one does.
    private static func stateCodeEnd(_ b: [UInt8], _ k: Int) -> Int? {
        guard k + 1 < b.count, Bytes.isUpper(b[k]), Bytes.isUpper(b[k + 1]), k + 2 == b.count || b[k + 2] == 0x20 else { return nil }
        return k + 2
    }

    private static func isLongDash(_ b: [UInt8], _ i: Int, _ len: Int) -> Bool {
        var k = i
        while k < i + len {
            if b[k] == 0xE2 { return true }
            k += 1
        }
        return false
    }

    /// End of `April 2` / `Nov. 8` (a month and a day, no year) at `i`, if that is what stands there.
    private static func monthDay(_ b: [UInt8], _ i: Int) -> Int? {
        var p = DateScanner(s: b, pos: i, end: min(b.count, i + 20))
        guard let w = p.word(), CalendarWords.month(b, w.lowerBound, w.upperBound) != nil else { return nil }
        p.skip(dots: true, commas: false)
        guard p.number(maxDigits: 2) != nil else { return nil }
        p.skipOrdinal()
        guard Separators.dash(b, p.pos) > 0 else { return nil }
        return p.pos
    }

    /// End of a place: before a separator, `(`, `[`, `/`, or a comma followed by a date.
    private static func placeEnd(_ b: [UInt8], _ from: Int, _ limit: Int) -> Int {
        var j = from
        while j < limit {
            let c = b[j]
            if c == 0x28 || c == 0x5B { return j }
            // `/` opens `/ PR Karma /` but belongs to `DALLAS/FORT WORTH`
            if c == 0x2F, j == from || b[j - 1] == 0x20 || j + 1 >= b.count || b[j + 1] == 0x20 { return j }
            if c == 0x20 || c == 0xE2 || c == 0x7C, Separators.dash(b, j) > 0 { return j }
            if c == 0x2D, j > from, Bytes.isLetter(b[j - 1]) || Bytes.isDigit(b[j - 1]) || b[j - 1] == 0x2E,
               Separators.dash(b, j, attached: true) > 0 { return j }
            // `TAMPA, Fla. April 30, 2026 –`: a full date right after the place, no comma between
            if c == 0x20, j + 1 < b.count, Bytes.isUpper(b[j + 1]) || Bytes.isDigit(b[j + 1]),
               DateParser.match(b, j + 1, min(b.count, j + 61)) != nil {
                return j
            }
            if c == 0x2C {
                let k = skipSpaces(b, j + 1)
                if k < b.count, DateParser.match(b, k, min(b.count, k + 60)) != nil || monthDay(b, k) != nil { return j }
            }
            j += 1
        }
        return limit
    }

    /// Skips `@ 6:00 PM Eastern`, `9:55`, `16:30` after a date; a time zone word only when a separator follows.
    static func skipTime(_ b: [UInt8], _ from: Int) -> Int {
        var j = skipSpaces(b, from)
        if j < b.count, b[j] == 0x40 { j = skipSpaces(b, j + 1) }
        let st = j
        while j < b.count, Bytes.isDigit(b[j]) { j += 1 }
        guard j > st, j - st <= 2, j < b.count, b[j] == 0x3A else { return from }
        j += 1
        let m = j
        while j < b.count, Bytes.isDigit(b[j]) { j += 1 }
        guard j - m == 2 else { return from }
        var end = j
        var k = skipSpaces(b, j)
        if k + 1 < b.count, (b[k] | 0x20 == 0x61 || b[k] | 0x20 == 0x70), b[k + 1] | 0x20 == 0x6D,
           k + 2 >= b.count || !Bytes.isLetter(b[k + 2]) {
            end = k + 2; k = skipSpaces(b, end)
        }
        // time zone: one token of letters, `/` and `_`, kept only when a separator closes it
        var z = k
        while z < b.count, Bytes.isLetter(b[z]) || b[z] == 0x2F || b[z] == 0x5F { z += 1 }
        if z > k, z - k <= 32, Separators.dash(b, z) > 0 { end = z }
        return end
    }

    /// Whether the capitals in brackets are the initials of the capitalised words before them
    /// (`Health and Human Services (HHS)`): an abbreviation being introduced, not a wire.
    private static func abbreviates(_ b: [UInt8], _ inner: Range<Int>, _ words: Range<Int>) -> Bool {
        let caps = b[inner].filter(Bytes.isUpper)
        var initials: [UInt8] = []
        var k = words.lowerBound
        while k < words.upperBound {
            if (k == words.lowerBound || b[k - 1] == 0x20 || b[k - 1] == 0x2D), Bytes.isUpper(b[k]) { initials.append(b[k]) }
            k += 1
        }
        return caps.count >= 2 && initials.count >= caps.count && Array(initials.suffix(caps.count)) == caps
    }

    static func skipSpaces(_ b: [UInt8], _ i: Int) -> Int {
        var j = i
        while j < b.count, b[j] == 0x20 { j += 1 }
        return j
    }

    static func trim(_ b: [UInt8], _ lo: Int, _ hi: Int) -> Range<Int> {
        var l = lo, h = hi
        while l < h, b[l] == 0x20 || b[l] == 0x2C { l += 1 }
        while h > l, b[h - 1] == 0x20 || b[h - 1] == 0x2C { h -= 1 }
        return l..<h
    }

    private static func find(_ b: [UInt8], _ c: UInt8, _ from: Int, _ to: Int) -> Int? {
        var j = from
        while j < to { if b[j] == c { return j }; j += 1 }
        return nil
    }

    private static func contains(_ b: [UInt8], _ r: Range<Int>, _ c: UInt8) -> Bool {
        for j in r where b[j] == c { return true }
        return false
    }

    /// Position of `](` closing a Markdown link's text.
    private static func findPair(_ b: [UInt8], _ from: Int, _ to: Int) -> Int? {
        var j = from
        while j + 1 < to { if b[j] == 0x5D && b[j + 1] == 0x28 { return j }; j += 1 }
        return nil
    }
}
