/// A cursor over bytes with the small steps date patterns are made of.
struct DateScanner {
    let s: [UInt8]
    var pos: Int
    let end: Int

    var peek: UInt8? { pos < end ? s[pos] : nil }
    var nextIsDigit: Bool { pos < end && Bytes.isDigit(s[pos]) }

    mutating func take(_ b: UInt8) -> Bool {
        guard pos < end, s[pos] == b else { return false }
        pos += 1
        return true
    }

    /// A run of ASCII letters at the cursor.
    mutating func word() -> Range<Int>? {
        let st = pos
        while pos < end, Bytes.isLetter(s[pos]) { pos += 1 }
        if pos == st || (pos < end && Bytes.isDigit(s[pos])) { pos = st; return nil }
        return st..<pos
    }

    mutating func number(maxDigits: Int) -> Int? {
        let st = pos
        var n = 0
        while pos < end, Bytes.isDigit(s[pos]), pos - st < maxDigits + 1 { n = n * 10 + Int(s[pos] - 0x30); pos += 1 }
        if pos == st || pos - st > maxDigits { pos = st; return nil }
        return n
    }

    mutating func number(exactly digits: Int) -> Int? {
        let st = pos
        guard let n = number(maxDigits: digits), pos - st == digits else { pos = st; return nil }
        return n
    }

    /// A four-digit year, or `'89` / `'05` (two digits after an apostrophe).
    mutating func year() -> Int? {
        let st = pos
        if take(0x27) || takeCurlyApostrophe() {
            guard let y = number(exactly: 2), !nextIsDigit else { pos = st; return nil }
            return DateParser.resolveTwoDigit(y)
        }
        guard let y = number(exactly: 4), !nextIsDigit, y >= 1800, y <= 2199 else { pos = st; return nil }
        return y
    }

    private mutating func takeCurlyApostrophe() -> Bool {
        guard pos + 2 < end, s[pos] == 0xE2, s[pos + 1] == 0x80, s[pos + 2] == 0x99 else { return false }
        pos += 3
        return true
    }

    /// `st`, `nd`, `rd`, `th` after a day number.
    mutating func skipOrdinal() {
        guard pos + 1 < end else { return }
        let a = Bytes.lower(s[pos]), b = Bytes.lower(s[pos + 1])
        let ordinal = (a == 0x73 && b == 0x74) || (a == 0x6E && b == 0x64) || (a == 0x72 && b == 0x64) || (a == 0x74 && b == 0x68)
        if ordinal, pos + 2 >= end || !Bytes.isLetter(s[pos + 2]) { pos += 2 }
    }

    mutating func skip(dots: Bool, commas: Bool, hyphens: Bool = false) {
        while pos < end {
            let b = s[pos]
            if b == 0x20 || (dots && b == 0x2E) || (commas && b == 0x2C) || (hyphens && b == 0x2D) { pos += 1 } else { break }
        }
    }

    /// `T18:35:00Z` and similar ISO time suffixes.
    mutating func skipTime() {
        pos += 1
        while pos < end, Bytes.isDigit(s[pos]) || s[pos] == 0x3A || s[pos] == 0x2E || s[pos] == 0x5A || s[pos] == 0x2B || s[pos] == 0x2D {
            pos += 1
        }
    }
}
