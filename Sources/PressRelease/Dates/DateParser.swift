/// A date found in text: its parts, whether they form a real calendar date, and where it ends.
public struct DateMatch: Sendable, Equatable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var start: Int
    public var end: Int
    public var isValid: Bool { DateParser.isValid(year, month, day) }
    public var iso: String? { isValid ? DateParser.iso(year, month, day) : nil }
}

/// Recognises written dates on UTF-8 bytes and normalises them to ISO `YYYY-MM-DD`:
/// `2017-11-08[T…]`, `Nov. 8, 2017`, `Tuesday Nov 21, 2023`, `December 5th, 2024`, `9 June 2026`,
/// `01 Nov, 2024`, `8th February, 1995`, `1st May '89`, `05.02.11`, `2.4.75`, `15/09/10`.
public enum DateParser {
    /// An ISO date for a text that contains a date anywhere.
    public static func isoDate(_ text: String) -> String? {
        let b = Array(text.utf8)
        return find(b, 0, b.count)?.iso
    }

    /// The first date in `s[from..<to]`, trying each word start.
    public static func find(_ s: [UInt8], _ from: Int, _ to: Int, order: NumericOrder = .dayFirst) -> DateMatch? {
        var i = from
        while i < to {
            if Bytes.isAlnum(s[i]) && (i == from || !Bytes.isAlnum(s[i - 1])), let m = match(s, i, to, order: order) { return m }
            i += 1
        }
        return nil
    }

    /// A date starting exactly at `i` (after an optional weekday), ending before `to`.
    public static func match(_ s: [UInt8], _ i: Int, _ to: Int, order: NumericOrder = .dayFirst) -> DateMatch? {
        var p = DateScanner(s: s, pos: i, end: to)
        if let w = p.word(), CalendarWords.isWeekday(s, w.lowerBound, w.upperBound) {
            p.skip(dots: true, commas: true)
        } else {
            p.pos = i
        }
        let begin = p.pos
        if let m = isoForm(&p) { return DateMatch(year: m.0, month: m.1, day: m.2, start: i, end: p.pos) }
        p.pos = begin
        if let m = monthFirst(&p) { return DateMatch(year: m.0, month: m.1, day: m.2, start: i, end: p.pos) }
        p.pos = begin
        if let m = dayFirst(&p) { return DateMatch(year: m.0, month: m.1, day: m.2, start: i, end: p.pos) }
        p.pos = begin
        if let m = numeric(&p, order) { return DateMatch(year: m.0, month: m.1, day: m.2, start: i, end: p.pos) }
        return nil
    }

    /// `2017-11-08`, with an optional `T18:35:00Z` time.
    private static func isoForm(_ p: inout DateScanner) -> (Int, Int, Int)? {
        guard let y = p.number(exactly: 4), p.take(0x2D), let m = p.number(exactly: 2), p.take(0x2D),
              let d = p.number(exactly: 2), !p.nextIsDigit else { return nil }
        if p.peek == 0x54 { p.skipTime() }
        return (y, m, d)
    }

    /// `Nov. 8, 2017`, `December 5th, 2024`, `June 20 2012`.
    private static func monthFirst(_ p: inout DateScanner) -> (Int, Int, Int)? {
        guard let w = p.word(), let m = CalendarWords.month(p.s, w.lowerBound, w.upperBound) else { return nil }
        p.skip(dots: true, commas: false)
        guard let d = p.number(maxDigits: 2) else { return nil }
        p.skipOrdinal()
        p.skip(dots: false, commas: true)
        guard let y = p.year() else { return nil }
        return (y, m, d)
    }

    /// `9 June 2026`, `01 Nov, 2024`, `8th February, 1995`, `1st May '89`.
    private static func dayFirst(_ p: inout DateScanner) -> (Int, Int, Int)? {
        guard let d = p.number(maxDigits: 2) else { return nil }
        p.skip(dots: false, commas: false)
        p.skipOrdinal()   // `18th May`, OCR'd `18  th  May`
        p.skip(dots: false, commas: false, hyphens: true)
        guard let w = p.word(), let m = CalendarWords.month(p.s, w.lowerBound, w.upperBound) else { return nil }
        p.skip(dots: true, commas: true, hyphens: true)
        guard let y = p.year() else { return nil }
        return (y, m, d)
    }

    /// How to read an all-numeric date whose first two parts could both be a month.
    public enum NumericOrder: Sendable {
        /// `15/09/10`, `2.4.75`, `12.03.03`: Australian and most of the world.
        case dayFirst
        /// `05.02.11`: the US House template.
        case monthFirst
    }

    /// `05.02.11`, `2.4.75`, `15/09/10`; the order decides between `d.m` and `m.d` when both are valid.
    private static func numeric(_ p: inout DateScanner, _ order: NumericOrder) -> (Int, Int, Int)? {
        guard let a = p.number(maxDigits: 2) else { return nil }
        guard let sep = p.peek, sep == 0x2E || sep == 0x2F || sep == 0x2D else { return nil }
        p.pos += 1
        guard let b = p.number(maxDigits: 2), p.take(sep) else { return nil }
        let yStart = p.pos
        guard let yRaw = p.number(maxDigits: 4), !p.nextIsDigit else { return nil }
        let yDigits = p.pos - yStart
        guard yDigits == 2 || yDigits == 4 else { return nil }
        // A trailing `.5` would make this a version or a decimal, not a date.
        if p.peek == sep, p.pos + 1 < p.end, Bytes.isDigit(p.s[p.pos + 1]) { return nil }
        let y = yDigits == 2 ? resolveTwoDigit(yRaw) : yRaw
        var (m, d) = order == .monthFirst ? (a, b) : (b, a)
        if !isValid(y, m, d) && isValid(y, d, m) { (m, d) = (d, m) }
        return (y, m, d)
    }

    /// Two-digit years: 50–99 are the 1900s, 00–49 the 2000s (the corpus spans 1959–2026).
    public static func resolveTwoDigit(_ y: Int) -> Int { y >= 50 ? 1900 + y : 2000 + y }

    public static func isValid(_ y: Int, _ m: Int, _ d: Int) -> Bool {
        (1...12).contains(m) && d >= 1 && d <= daysIn(month: m, year: y) && y >= 1800 && y <= 2199
    }

    public static func iso(_ y: Int, _ m: Int, _ d: Int) -> String {
        "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
