import Testing
@testable import PressRelease

/// Dateline rules for sources outside the shared corpus (invented texts in their shapes): a place
/// after a wire and its date, release labels that are no place or agency, bylines after a dash.
@Suite struct DatelineGeneralisationTests {
    @Test func placeAfterWireAndDate() throws {
        let r = Release.parsing("Museum Announces Opening\n\n(NewMediaWire) - June 01, 2025 - GLENDALE, CA – The wait is over for the museum.\n\nSecond paragraph.\n")
        let d = try #require(r.dateline)
        #expect(d.agency == "NewMediaWire")
        #expect(d.date == "2025-06-01")
        #expect(d.place == "GLENDALE, CA")
        #expect(r.paragraphs.first?.text.hasPrefix("The wait is over") == true)
    }

    @Test func releaseLabelIsNoPlaceOrAgency() {
        let own = Release.parsing("Union Backs Strike\n\nACME UNION MEDIA RELEASE\n23 February 2006\n\nThe union backs the strike by staff at the institute today.\n")
        #expect(own.date == "2006-02-23")
        #expect(own.dateline?.place == nil)
        let dashed = Release.parsing("Union Welcomes Report\n\nAssociation of Widget Staff - Media Release\n\nThe association welcomed the report on widget staffing today.\n")
        #expect(dashed.dateline?.place == nil)
        #expect(dashed.dateline?.agency == nil)
        // an issuer before the label makes a label line, kept out of the body
        #expect(dashed.kind == "press release")
        #expect(dashed.paragraphs.first?.text.hasPrefix("The association welcomed") == true)
    }

    @Test func datedTitleLineUnderTheHeadlineGivesTheDate() {
        let r = Release.parsing("Hearing on Two Bills\n\nRepresentative Hal Price Opening Statement June 3, 2021\n\nToday we hear two bills on the state of the rivers.\n")
        #expect(r.date == "2021-06-03")
        #expect(r.dateline?.place == nil)
        #expect(r.paragraphs.first?.text.hasPrefix("Today we hear") == true)
        // a sentence ending in a date is body text
        let s = Release.parsing("Hearing on Two Bills\n\nThe committee heard two bills on the state of the rivers on June 3, 2021\n\nMore followed.\n")
        #expect(s.paragraphs.first?.text.hasPrefix("The committee heard") == true)
    }

    @Test func bylineAfterADashIsNoAgency() {
        let r = Release.parsing("A country needs tradition\n2025-01-22\n– President\nPresident Doe said that tradition is a vital part of a nation.\n")
        #expect(r.dateline?.agency == nil)
        #expect(r.date == "2025-01-22")
        // a wire name closed by a second dash still is one
        let wire = Release.parsing("Acme Expands\n\n--News Direct-- Acme expanded its plant in the valley today.\n")
        #expect(wire.dateline?.agency == "News Direct")
    }
}
