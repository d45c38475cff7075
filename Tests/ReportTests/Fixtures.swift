@testable import Report

/// Small reports the renderer tests share.
enum Fixtures {
    static let speakers = ReportTable(
        columns: [Column("speaker"), Column("quotes", type: .integer), Column("share", type: .percent)],
        rows: [["Sergey Lavrov", 6, 0.5], ["Rex Tillerson", 2, 0.25], ["王毅", 4, 0.25]],
        sort: [.init(column: 1, descending: true)])

    static let single = Report(Section(title: "Quotes per speaker", .table(speakers)))

    static let multi = Report(title: "Weekly digest", sections: [
        Section(title: "Speakers", .table(speakers)),
        Section(title: "Agencies", .bars(BarChart([.init("EIRNS", 3), .init("Kremlin", 12)], labelName: "agency", valueName: "releases"))),
        Section(title: "Summary", .summary([SummaryItem("Releases", 15), SummaryItem("Mean words", 412.5)])),
        Section(.markdown("Counted by **pranalyze**.")),
    ])
}
