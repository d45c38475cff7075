import Testing
@testable import Report

/// Issue #20 point 4 at the renderers: CSV formula cells neutralised (numbers untouched, `rawCSV`
/// keeps them), Markdown cells and headings escape HTML, terminal text shows controls escaped.
@Suite struct OutputEscapingTests {
    static let formulas = ["=HYPERLINK(\"http://x\",\"y\")", "+1+2", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"]

    @Test func csvFormulaCellsAreNeutralisedNumbersAreNot() {
        let t = ReportTable(columns: [Column("=cmd"), Column("n", type: .number)],
                            rows: Self.formulas.map { [.string($0), -5] } + [["safe - text", 1]])
        let out = render(Report(Section(.table(t))), format: .csv)
        let lines = out.components(separatedBy: "\r\n")
        #expect(lines[0] == "\"'=cmd\",n")
        #expect(lines[1] == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-5")
        #expect(lines[2] == "\"'+1+2\",-5")
        #expect(lines[3] == "\"'-2+3\",-5")
        #expect(lines[4] == "\"'@SUM(A1)\",-5")
        #expect(lines[5] == "\"'\tTAB\",-5")
        #expect(out.contains("\"'\rCR\",-5"))
        #expect(out.contains("safe - text,1\r\n"))
    }

    @Test func rawCSVKeepsCellsAsTheyAre() {
        let t = ReportTable(columns: [Column("c")], rows: Self.formulas.prefix(4).map { [.string($0)] })
        let out = render(Report(Section(.table(t))), format: .csv, rawCSV: true)
        #expect(out == "c\r\n\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n+1+2\r\n-2+3\r\n@SUM(A1)\r\n")
    }

    @Test func csvSummaryAndBarLabelsAreNeutralised() {
        let r = Report(sections: [Section(.summary([SummaryItem("=k", .string("@v"))])),
                                  Section(.bars(BarChart([.init("+x", -1)], labelName: "-l", valueName: "v")))])
        let out = render(r, format: .csv)
        #expect(out.contains("\"'=k\",\"'@v\"\r\n"), "\(out)")
        #expect(out.contains("\"'-l\",v\r\n\"'+x\",-1\r\n"), "\(out)")
    }

    @Test func markdownEscapesHTMLInCellsAndHeadings() {
        let evil = "<img src=x onerror=alert(1)> & <script>"
        let t = ReportTable(columns: [Column("q")], rows: [[.string(evil)], [.string("two\nlines")]])
        let out = render(Report(title: evil, sections: [Section(.table(t))]), format: .markdown)
        #expect(!out.contains("<img") && !out.contains("<script"))
        #expect(out.contains("# &lt;img src=x onerror=alert(1)&gt; &amp; &lt;script&gt;"))
        #expect(out.contains("| &lt;img src=x onerror=alert(1)&gt; &amp; &lt;script&gt; |"))
        #expect(out.contains("| two<br>lines |"))
    }

    @Test func terminalTextEscapesControlsAndBidi() {
        #expect(TerminalText.escape("plain text\nnext\tline") == "plain text\nnext\tline")
        #expect(TerminalText.escape("a\u{1B}]52;c;ZXZpbA==\u{07}b") == #"a\u{1B}]52;c;ZXZpbA==\u{7}b"#)
        #expect(TerminalText.escape("x\u{9B}2J\u{7F}") == #"x\u{9B}2J\u{7F}"#)
        #expect(TerminalText.escape("abc\u{202E}fed\u{2066}\u{2069}\u{200F}") == #"abc\u{202E}fed\u{2066}\u{2069}\u{200F}"#)
        #expect(TerminalText.escape("one\ntwo", keepingLines: false) == #"one\u{A}two"#)
        #expect(TerminalText.escape("Łódź — “quoted” 王毅") == "Łódź — “quoted” 王毅")
    }
}
