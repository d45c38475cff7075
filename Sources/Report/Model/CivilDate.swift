/// A calendar date (proleptic Gregorian) with the arithmetic timelines need: no Foundation
/// calendars, no time zones, just days.
struct CivilDate: Comparable, Hashable {
    var year: Int, month: Int, day: Int

    /// Reads `YYYY-MM-DD` (anything after the day, like a time, is ignored); with `allowMonth`,
    /// also `YYYY-MM` (the first of the month). Nil when it is not a real date.
    init?(iso text: String, allowMonth: Bool = false) {
        let b = Array(text.utf8.prefix(10))
        func digits(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= b.count else { return nil }
            var n = 0
            for i in r {
                guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
                n = n * 10 + Int(b[i] - 0x30)
            }
            return n
        }
        guard let y = digits(0..<4), b.count >= 7, b[4] == 0x2D, let m = digits(5..<7) else { return nil }
        var d = 1
        if b.count >= 10, b[7] == 0x2D, let dd = digits(8..<10) {
            d = dd
        } else if !allowMonth || b.count > 7 {
            return nil
        }
        guard (1...12).contains(m), d >= 1, d <= CivilDate.days(inMonth: m, year: y) else { return nil }
        year = y; month = m; day = d
    }

    init(year: Int, month: Int, day: Int) {
        self.year = year; self.month = month; self.day = day
    }

    static func days(inMonth m: Int, year y: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// ISO weekday: Monday 1 … Sunday 7.
    var weekday: Int {
        let w = (dayNumber + 3) % 7 // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    /// ISO 8601 week-numbering year and week: the week belongs to the year of its Thursday.
    var isoWeek: (year: Int, week: Int) {
        let thursday = CivilDate(dayNumber: dayNumber - weekday + 4)
        let jan1 = CivilDate(year: thursday.year, month: 1, day: 1)
        return (thursday.year, (thursday.dayNumber - jan1.dayNumber) / 7 + 1)
    }

    static func < (a: CivilDate, b: CivilDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
}

func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}
