import Testing
@testable import Report

@Suite struct CSVRendererTests {
    @Test func singleTableIsTheTableAloneHeaderFirst() {
        #expect(render(Fixtures.single, format: .csv)
            == "speaker,quotes,share\r\nSergey Lavrov,6,0.5\r\n王毅,4,0.25\r\nRex Tillerson,2,0.25\r\n")
    }

    @Test func quotesCommasQuotesAndLineBreaks() {
        let t = ReportTable(columns: [Column("text"), Column("n", type: .number)], rows: [
            ["Lavrov, Sergey", 1.5],
            ["He said \"no\"", .null],
            ["line one\nline two", -2],
            ["cr\rhere", 1e-5],
            ["plain", 3.0],
        ])
        #expect(render(Report(Section(.table(t))), format: .csv)
            == "text,n\r\n\"Lavrov, Sergey\",1.5\r\n\"He said \"\"no\"\"\",\r\n\"line one\nline two\",-2\r\n"
            + "\"cr\rhere\",1e-05\r\nplain,3\r\n")
    }

    @Test func severalSectionsAreSeparatedAndTitled() {
        let out = render(Fixtures.multi, format: .csv)
        #expect(out.hasPrefix("Speakers\r\nspeaker,quotes,share\r\n"))
        #expect(out.contains("\r\n\r\nAgencies\r\nagency,releases\r\nEIRNS,3\r\nKremlin,12\r\n\r\nSummary\r\nkey,value\r\nReleases,15\r\nMean words,412.5\r\n"))
        #expect(out.hasSuffix("\r\n\r\nCounted by **pranalyze**.\r\n"))
    }

    @Test func timelineIsPeriodAndValue() {
        let t = Timeline(counting: ["2017-11-08", "2017-11-20", "2018-01-02"], by: .month)
        #expect(render(Report(Section(.timeline(t))), format: .csv) == "month,count\r\n2017-11,2\r\n2017-12,0\r\n2018-01,1\r\n")
    }
}
