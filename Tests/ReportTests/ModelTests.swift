import Testing
@testable import Report

@Suite struct ModelTests {
    @Test func sortIsStableWithNullsLastBothWays() {
        let t = ReportTable(columns: [Column("k"), Column("n", type: .integer)],
                            rows: [["a", 2], ["b", .null], ["c", 1], ["d", 2], ["e", 1.5]],
                            sort: [.init(column: 1, descending: true)])
        #expect(t.displayRows.map { $0[0] } == ["a", "d", "e", "c", "b"])
        var asc = t
        asc.sort = [.init(column: 1)]
        #expect(asc.displayRows.map { $0[0] } == ["c", "e", "a", "d", "b"])
        var two = t
        two.sort = [.init(column: 1, descending: true), .init(column: 0, descending: true)]
        #expect(two.displayRows.map { $0[0] } == ["d", "a", "e", "c", "b"])
    }

    @Test func shortRowsArePaddedLongRowsCut() {
        let t = ReportTable(columns: [Column("a"), Column("b")], rows: [["x"], ["1", "2", "3"]])
        #expect(t.rows == [["x", .null], ["1", "2"]])
    }

    @Test func cellFormatsByColumnType() {
        #expect(CellFormat.display(0.256, Column("p", type: .percent)) == "25.6%")
        #expect(CellFormat.display(3, Column("n", type: .number)) == "3.00")
        #expect(CellFormat.display(3.14159, Column("n", type: .number, decimals: 3)) == "3.142")
        #expect(CellFormat.display(2.6, Column("i", type: .integer)) == "3")
        #expect(CellFormat.display(-0.0001, Column("n", type: .number)) == "0.00")
        #expect(CellFormat.display(.null, Column("n", type: .number)) == "")
        #expect(CellFormat.display(412.5) == "412.5")
        #expect(CellFormat.display(1.0 / 3) == "0.33")
        #expect(CellFormat.raw(.number(0.1)) == "0.1")
        #expect(CellFormat.raw(.number(7)) == "7")
    }

    @Test func calendarArithmetic() {
        let d = CivilDate(iso: "2017-11-08")!
        #expect(d.weekday == 3) // a Wednesday
        #expect(CivilDate(dayNumber: d.dayNumber) == d)
        #expect(CivilDate(iso: "2017-02-29") == nil)
        #expect(CivilDate(iso: "2016-02-29") != nil)
        #expect(CivilDate(iso: "2017-13-01") == nil)
        #expect(CivilDate(iso: "17-11-08") == nil)
        #expect(CivilDate(iso: "2017-11-08T10:00:00Z") == d)
        #expect(CivilDate(iso: "2017-11") == nil)
        #expect(CivilDate(iso: "2017-11", allowMonth: true) == CivilDate(year: 2017, month: 11, day: 1))
        // ISO weeks at year boundaries.
        #expect(CivilDate(iso: "2021-01-03")!.isoWeek == (2020, 53))
        #expect(CivilDate(iso: "2019-12-30")!.isoWeek == (2020, 1))
        #expect(CivilDate(iso: "2018-01-01")!.isoWeek == (2018, 1))
    }

    @Test func timelineBucketsAndFillsGaps() {
        let dates = ["2017-11-08", "2017-11-08", "2017-11-10", "not a date", "2017-11-07"]
        let days = Timeline(counting: dates, by: .day)
        #expect(days.points == [.init("2017-11-07", 1), .init("2017-11-08", 2), .init("2017-11-09", 0), .init("2017-11-10", 1)])
        #expect(days.skipped == 1)
        #expect(Timeline(counting: dates, by: .day, fill: false).points.count == 3)
        let months = Timeline(bucketing: [("2017-12-31", 2.5), ("2018-02-01", 1), ("2017-12", 1)], by: .month)
        #expect(months.points == [.init("2017-12", 3.5), .init("2018-01", 0), .init("2018-02", 1)])
        let years = Timeline(counting: ["2016-01-01", "2018-06-01"], by: .year)
        #expect(years.points.map(\.period) == ["2016", "2017", "2018"])
        // A stray far-away date does not explode into thousands of empty days.
        let stray = Timeline(counting: ["0017-11-08", "2017-11-08"], by: .day)
        #expect(stray.points.map(\.period) == ["0017-11-08", "2017-11-08"])
        #expect(Timeline(counting: [], by: .week).points.isEmpty)
    }
}
