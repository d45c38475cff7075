import Testing
@testable import Report

@Suite struct TerminalRendererTests {
    @Test func singleTableIsTitledBoxedAndSorted() {
        let expected = """
            Quotes per speaker

            ┌───────────────┬────────┬───────┐
            │ speaker       │ quotes │ share │
            ├───────────────┼────────┼───────┤
            │ Sergey Lavrov │      6 │ 50.0% │
            │ 王毅          │      4 │ 25.0% │
            │ Rex Tillerson │      2 │ 25.0% │
            └───────────────┴────────┴───────┘

            """
        #expect(render(Fixtures.single, format: .table) == expected)
    }

    @Test func sectionsBarsAndSummary() {
        let out = render(Fixtures.multi, format: .table)
        #expect(out.hasPrefix("Weekly digest\n\nSpeakers\n┌"))
        #expect(out.contains("""
            Agencies
            EIRNS     3 ██████████
            Kremlin  12 ████████████████████████████████████████

            Summary
            Releases       15
            Mean words  412.5

            Counted by **pranalyze**.

            """))
    }

    @Test func barsUseEighthBlocks() {
        #expect(TerminalRenderer.bar(1, scale: 8, width: 1) == "▏")
        #expect(TerminalRenderer.bar(4, scale: 8, width: 1) == "▌")
        #expect(TerminalRenderer.bar(7, scale: 8, width: 1) == "▉")
        #expect(TerminalRenderer.bar(8, scale: 8, width: 1) == "█")
        #expect(TerminalRenderer.bar(10, scale: 8, width: 2) == "██") // clamped to the scale
        #expect(TerminalRenderer.bar(0.001, scale: 100, width: 10) == "▏") // positive never vanishes
        #expect(TerminalRenderer.bar(0, scale: 8, width: 4) == "")
        #expect(TerminalRenderer.bar(-3, scale: 8, width: 4) == "")
    }

    @Test func colourOnlyWhenAskedFor() {
        let plain = render(Fixtures.multi, format: .table, colour: false)
        let coloured = render(Fixtures.multi, format: .table, colour: true)
        #expect(!plain.contains("\u{1B}["))
        #expect(coloured.contains("\u{1B}[1mWeekly digest\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[36m"))
        // Stripping the escapes gives the plain rendering back.
        #expect(coloured.replacingEscapes() == plain)
    }

    @Test func noColorAndNonTerminalsDisableColour() {
        #expect(TerminalColour.enabled(isTTY: true, environment: [:]))
        #expect(!TerminalColour.enabled(isTTY: false, environment: [:]))
        #expect(!TerminalColour.enabled(isTTY: true, environment: ["NO_COLOR": "1"]))
        #expect(TerminalColour.enabled(isTTY: true, environment: ["NO_COLOR": ""])) // empty means unset
        #expect(!TerminalColour.enabled(isTTY: true, environment: ["TERM": "dumb"]))
    }

    @Test func longAndMultilineCellsStayOnOneLine() {
        let long = String(repeating: "word ", count: 30) + "end"
        let t = ReportTable(columns: [Column("text")], rows: [[.string(long)], ["two\nlines"]])
        let lines = render(Report(Section(.table(t))), format: .table).split(separator: "\n")
        #expect(lines.count == 6)
        #expect(Set(lines.map { DisplayWidth.of(String($0)) }).count == 1) // every line equally wide
        #expect(lines.contains { $0.contains("…") })
        #expect(lines.contains { $0.contains("two lines") })
    }

    @Test func controlCharactersNeverReachTheTerminal() {
        let evil = "a\u{1B}[2Jb\u{9B}31mc\u{202E}d"
        let r = Report(title: evil, sections: [
            Section(title: evil, .table(ReportTable(columns: [Column(evil)], rows: [[.string(evil)]]))),
            Section(.summary([SummaryItem(evil, .string(evil))])),
            Section(.markdown(evil + "\nline two")),
        ])
        let out = render(r, format: .table)
        #expect(!out.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{9B}" || $0 == "\u{202E}" })
        // Shown escaped, so the reader sees what the text holds.
        #expect(out.contains(#"a\u{1B}[2Jb\u{9B}31mc\u{202E}d"# + "\nline two\n"))
    }

    @Test func limitAndEmptyTablesSaySo() {
        var t = Fixtures.speakers
        t.limit = 1
        let out = render(Report(Section(.table(t))), format: .table)
        #expect(out.contains("Sergey Lavrov") && !out.contains("王毅"))
        #expect(out.hasSuffix("(1 of 3 rows shown)\n"))
        let empty = ReportTable(columns: [Column("a")], rows: [])
        #expect(render(Report(Section(.table(empty))), format: .table).hasSuffix("└───┘\n(no rows)\n"))
    }
}

extension String {
    /// The text without ANSI SGR escapes.
    func replacingEscapes() -> String {
        var out = ""
        var inEscape = false
        for u in unicodeScalars {
            if inEscape { if u == "m" { inEscape = false }; continue }
            if u == "\u{1B}" { inEscape = true; continue }
            out.unicodeScalars.append(u)
        }
        return out
    }
}
