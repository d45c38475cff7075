import Testing
@testable import PressRelease

@Suite struct DateParserTests {
    @Test(arguments: [
        ("2017-11-08", "2017-11-08"), ("2022-02-12T18:35:00Z", "2022-02-12"),
        ("Nov. 8, 2017", "2017-11-08"), ("Tuesday Nov 21, 2023", "2023-11-21"),
        ("December 5th, 2024", "2024-12-05"), ("9 June 2026", "2026-06-09"), ("01 Nov, 2024", "2024-11-01"),
        ("Tuesday, 11 May 1999", "1999-05-11"), ("8th February, 1995", "1995-02-08"), ("May 12, 2009", "2009-05-12"),
        ("2.4.75", "1975-04-02"), ("15/09/10", "2010-09-15"), ("21/10/99", "1999-10-21"), ("7.11.79", "1979-11-07"),
        ("Canberra 1st May '89", "1989-05-01"), ("Mon, 21st December 2009", "2009-12-21"), ("18  th  May 1999", "1999-05-18"),
        ("Sept. 30, 2021", "2021-09-30"), ("Dated: 21 November 2007", "2007-11-21"),
    ])
    func recognises(_ text: String, _ iso: String) {
        #expect(DateParser.isoDate(text) == iso)
    }

    @Test func numericOrderIsAChoice() {
        let b = Array("05.02.11".utf8)
        #expect(DateParser.match(b, 0, b.count, order: .monthFirst)?.iso == "2011-05-02")
        #expect(DateParser.match(b, 0, b.count, order: .dayFirst)?.iso == "2011-02-05")
        // only one reading is a calendar date: take it whatever the preference
        let c = Array("12.25.08".utf8)
        #expect(DateParser.match(c, 0, c.count, order: .dayFirst)?.iso == "2008-12-25")
    }

    @Test func impossibleDatesAreFoundButNotValid() {
        let b = Array("February 30, 2024".utf8)
        let m = DateParser.match(b, 0, b.count)
        #expect(m != nil)
        #expect(m?.isValid == false)
        #expect(m?.iso == nil)
    }

    @Test func notDates() {
        for t in ["version 2.4.1.5", "May we all", "In 2024 we", "3.5 percent", "the 12th man"] {
            #expect(DateParser.isoDate(t) == nil, "\(t)")
        }
    }

    @Test func twoDigitYears() {
        #expect(DateParser.resolveTwoDigit(75) == 1975)
        #expect(DateParser.resolveTwoDigit(11) == 2011)
        #expect(DateParser.resolveTwoDigit(49) == 2049)
        #expect(DateParser.resolveTwoDigit(50) == 1950)
    }
}
