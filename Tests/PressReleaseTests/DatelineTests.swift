import Testing
@testable import PressRelease

/// Datelines in every style the corpus uses, on invented releases (headline, dateline, lead).
@Suite struct DatelineTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var line: String, place: String?, date: String?, agency: String?, lead: String
        var testDescription: String { line }
    }

    static let cases: [Case] = [
        Case(line: "Nov. 8, 2017 (EIRNS)—Speaking in Hanoi, the minister said so.", place: nil, date: "2017-11-08", agency: "EIRNS", lead: "Speaking in Hanoi"),
        Case(line: "WASHINGTON – Senator Doe today said so.", place: "WASHINGTON", date: nil, agency: nil, lead: "Senator Doe"),
        Case(line: "Washington, D.C. – Senator Doe today said so.", place: "Washington, D.C.", date: nil, agency: nil, lead: "Senator Doe"),
        Case(line: "(Keene, NH) – Rep. Doe today said so.", place: "Keene, NH", date: nil, agency: nil, lead: "Rep. Doe"),
        Case(line: "SALEM, Mass. — The senator said so.", place: "SALEM, Mass.", date: nil, agency: nil, lead: "The senator"),
        Case(line: "SANTA ROSA BEACH, FL, January 14, 2025 /24-7PressRelease/ -- Acme is here.", place: "SANTA ROSA BEACH, FL", date: "2025-01-14", agency: "24-7PressRelease", lead: "Acme is here."),
        Case(line: "NEW YORK, NY - (NewMediaWire) - August 22, 2024 - Acme Corp. said so.", place: "NEW YORK, NY", date: "2024-08-22", agency: "NewMediaWire", lead: "Acme Corp."),
        Case(line: "Salt Lake City, UT (Newsworthy.ai) Tuesday Nov 21, 2023 @ 6:00 PM Eastern — Acme said so.", place: "Salt Lake City, UT", date: "2023-11-21", agency: "Newsworthy.ai", lead: "Acme said"),
        Case(line: "DALLAS, TX -- December 5th, 2024 -- Acme said so.", place: "DALLAS, TX", date: "2024-12-05", agency: nil, lead: "Acme said"),
        Case(line: "NEW YORK, NY (September 10, 2025) – Acme said so.", place: "NEW YORK, NY", date: "2025-09-10", agency: nil, lead: "Acme said"),
        Case(line: "HANOI, VIETNAM - [Media OutReach Newswire](https://example.com/) – 9 June 2026 – Acme said so.", place: "HANOI, VIETNAM", date: "2026-06-09", agency: "Media OutReach Newswire", lead: "Acme said"),
        Case(line: "HONG KONG, 01 Nov, 2024, Acme Design Centre is pleased.", place: "HONG KONG", date: "2024-11-01", agency: nil, lead: "Acme Design Centre"),
        Case(line: "JERSEY CITY, NJ — July 7, 2026 — (NOTICIAS NEWSWIRE) — Acme said so.", place: "JERSEY CITY, NJ", date: "2026-07-07", agency: "NOTICIAS NEWSWIRE", lead: "Acme said"),
        Case(line: "Southlake, Texas, February 12, 2026 – PRISM MediaWire (Press Release Service – Press Release Distribution) – Acme said so.", place: "Southlake, Texas", date: "2026-02-12", agency: "PRISM MediaWire", lead: "Acme said"),
        Case(line: "(NewsUSA) - As the school year ends, parents plan.", place: nil, date: nil, agency: "NewsUSA", lead: "As the school year"),
        Case(line: "DALLAS/FORT WORTH, TX, December 24, 2025 /24-7PressRelease/ -- Acme said so.", place: "DALLAS/FORT WORTH, TX", date: "2025-12-24", agency: "24-7PressRelease", lead: "Acme said"),
        Case(line: "Washington DC - Congresswoman Doe today said so.", place: "Washington DC", date: nil, agency: nil, lead: "Congresswoman Doe"),
        Case(line: "San Marcos – Today, Congressman Doe hosted officials.", place: "San Marcos", date: nil, agency: nil, lead: "Today, Congressman"),
        Case(line: "WASHINGTON, April 2 — Sen. Doe (I-Vt.) said so.", place: "WASHINGTON", date: nil, agency: nil, lead: "Sen. Doe"),
        Case(line: "TAMPA, Fla. April 30, 2026 – PRISM MediaWire (Press Release Service – Press Release Distribution) – Acme said so.", place: "TAMPA, Fla.", date: "2026-04-30", agency: "PRISM MediaWire", lead: "Acme said"),
        Case(line: "Portland, OR March 12, 2024 – Bardo Tea opened a store.", place: "Portland, OR", date: "2024-03-12", agency: nil, lead: "Bardo Tea"),
        Case(line: "2.4.75 — The Minister announced today a new program.", place: nil, date: "1975-04-02", agency: nil, lead: "The Minister"),
    ]

    @Test(arguments: cases)
    func parsesDatelineAndStripsItFromTheLead(_ c: Case) throws {
        let r = Release.parsing("Acme Announces Things\n\n\(c.line)\n\nSecond paragraph here.\n")
        let d = try #require(r.dateline)
        #expect(d.place == c.place)
        #expect(d.date == c.date)
        #expect(d.agency == c.agency)
        #expect(r.paragraphs.first?.text.hasPrefix(c.lead) == true, "\(r.paragraphs.first?.text ?? "-")")
        if let date = c.date { #expect(r.date == date) }
    }

    @Test func ownLineDatelines() throws {
        let r = Release.parsing("# Acme Summit 2024\n\nMISSISSAUGA, ON / PR Karma / February 29, 2024 9:55\n\nAcme is proud to announce a summit.\n")
        let d = try #require(r.dateline)
        #expect(d.place == "MISSISSAUGA, ON")
        #expect(d.agency == "PR Karma")
        #expect(d.date == "2024-02-29")
        #expect(r.paragraphs.first?.text == "Acme is proud to announce a summit.")
    }

    @Test func secondIssuerDatelineIsStripped() throws {
        let text = "# Acme Expands\n\nAcme: Services for All\n\nDothan, United States - September 26, 2024 / ENTcare /\n\nDOTHAN, AL - September 17, 2024 (USANews.com) - Acme expanded today.\n"
        let r = Release.parsing(text)
        #expect(r.subheadline == "Acme: Services for All")
        #expect(r.dateline?.place == "Dothan, United States")
        #expect(r.dateline?.agency == "ENTcare")
        #expect(r.date == "2024-09-26")
        #expect(r.paragraphs.first?.text == "Acme expanded today.")
    }

    @Test func lostDashAfterCapitalPlace() {
        let r = Release.parsing("Doe Introduces Bill\n2013-02-05\n\nWASHINGTON, D.C.  Today, Sens. Doe and Roe introduced a bill.\n")
        #expect(r.dateline?.place == "WASHINGTON, D.C.")
        #expect(r.paragraphs.first?.text == "Today, Sens. Doe and Roe introduced a bill.")
        // one blank is not a lost dash
        let s = Release.parsing("Doe Introduces Bill\n2013-02-05\n\nWASHINGTON is where Sens. Doe and Roe introduced a bill.\n")
        #expect(s.dateline?.place == nil)
    }

    @Test func datelineUnderSummaryLines() throws {
        let r = Release.parsing("# Plumbing Tips\n\nHomeowners: Solve These Headaches Before They Get Worse!\n\nSt. George, United States - July 30, 2025 / Roto-Rooter Plumbing /\n\nSt. George has grown fast.\n")
        #expect(r.subheadline == "Homeowners: Solve These Headaches Before They Get Worse!")
        let d = try #require(r.dateline)
        #expect(d.place == "St. George, United States")
        #expect(d.agency == "Roto-Rooter Plumbing")
        #expect(r.paragraphs.map(\.text) == ["St. George has grown fast."])
    }

    @Test func leadsThatAreNotDatelines() {
        for lead in ["The National Guard today announced a major new mission – worth millions.",
                     "Congressman Smith has been chosen to select a page.",
                     "Clene (NASDAQ: CLNN), a late-stage company, was featured."] {
            let r = Release.parsing("Headline Here\n\n\(lead)\n")
            #expect(r.dateline == nil, "\(lead)")
            #expect(r.paragraphs.first?.text == lead)
        }
    }

    @Test func impossibleDateIsAWarning() {
        let r = Release.parsing("Acme Announces\n\nDALLAS, TX -- February 30, 2024 -- Acme said so.\n")
        #expect(r.dateline?.place == "DALLAS, TX")
        #expect(r.date == nil)
        #expect(r.warnings.contains { $0.code == "impossible-date" })
    }
}
