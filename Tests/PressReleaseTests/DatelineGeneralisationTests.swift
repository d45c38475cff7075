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

    @Test func datelineUnderBulletPoints() throws {
        let r = Release.parsing("# Acme names new sales leaders\n\nAcme is announcing new sales leadership roles in two states.\n\n* Jo Doe will lead sales in the north.\n\n* Al Roe will lead key accounts.\n\n(NewMediaWire) - February 19, 2025 - Portland, OR - The new team comes a few weeks after the merger.\n\nMore text.\n")
        let d = try #require(r.dateline)
        #expect(d.agency == "NewMediaWire")
        #expect(d.place == "Portland, OR")
        #expect(r.date == "2025-02-19")
        #expect(r.paragraphs.contains { $0.text.hasPrefix("The new team comes") })
    }

    @Test func datelineUnderASubtitle() throws {
        let r = Release.parsing("A shaky act for the senator.\nAs she seeks reelection, the senator keeps her distance.\nMANCHESTER, N.H. - At a rally here last week, the governor spoke to the crowd.\nMore text follows here.\n")
        #expect(r.dateline?.place == "MANCHESTER, N.H.")
        #expect(r.paragraphs.contains { $0.text.hasPrefix("At a rally here") })
    }

    @Test func headingsWithADashDeeperInTheBodyAreNoDateline() {
        let r = Release.parsing("Police Hold Awards\n\nThe police held their awards today.\n\nThe following is a list.\n\nLifesaving – Officer Jo Doe and Officer Al Roe\n\nBravery – Officer Ann Poe\n")
        #expect(r.dateline == nil)
        let item = Release.parsing("# Perspectives No. 472\n\n**Friday, 15 July 2011**\n\n**The Department of Food**\n\nBy Jo Doe\n\nNot so long ago, a sentence.\n\n23 June 2011\n\nMore text.\n")
        #expect(item.date == "2011-07-15")
    }

    @Test func punctuationStrippedDatelines() throws {
        // the scrape turned commas and dashes into runs of blanks
        let dated = Release.parsing("Doe Announces Grant For School Program  June 22, 2007 WASHINGTON, DC  United States Senator Jo Doe today announced that the committee approved a grant for the program. It is one of her top priorities this year and the school needs it badly.\n")
        #expect(dated.dateline?.place == "WASHINGTON, DC")
        #expect(dated.date == "2007-06-22")
        let code = Release.parsing("Statement of Senator Jo Doe on the Death of a Friend\n\nWashington  DC  I was saddened today to hear of the death of my friend and colleague.\n")
        #expect(code.dateline?.place == "Washington DC")
        #expect(code.paragraphs.first?.text.hasPrefix("I was saddened") == true)
        let alone = Release.parsing("Doe Announces Air Service\n\nWASHINGTON  DC\n\nU S Senator Jo Doe today announced that the airline will restart service.\n")
        #expect(alone.dateline?.place == "WASHINGTON DC")
        #expect(alone.dateline?.agency == nil)
    }
}
