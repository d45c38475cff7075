import Testing
@testable import PressRelease

/// Agency release blocks (agency and office lines, a release label, a weekday date) above or below
/// the headline and its subtitle; invented texts in the shapes of US federal agency releases.
@Suite struct ReleaseBlockTests {
    @Test func ministryLineIsLetterheadAndAPostedDateKeepsItsTime() {
        // invented, in the shape of a ministry bulletin: a ministry line, the title, then a posted line
        let r = Release.parsing("Ministry of Coastal Affairs\nNew Harbour Pilot Scheme Launched in Three Ports\nPosted On: 12 MAR 2021 3:05PM by Press Desk\nThe ministry today launched a pilot scheme for small fishing harbours in three ports.\n")
        #expect(r.headline == "New Harbour Pilot Scheme Launched in Three Ports")
        #expect(r.date == "2021-03-12")
    }

    @Test func officeLinesAreLetterheadNotHeadline() {
        let r = Release.parsing("Department of Energy\nOffice of Public Affairs\n\nFOR IMMEDIATE RELEASE\nThursday, January 13, 2011\n\nOhio Contractor Sentenced for Falsifying Records\n\nWASHINGTON A federal judge sentenced an Ohio contractor today to 18 months in prison for falsifying records.\n")
        #expect(r.headline == "Ohio Contractor Sentenced for Falsifying Records")
        #expect(r.date == "2011-01-13")
        #expect(r.dateline?.place == "WASHINGTON")
        #expect(r.paragraphs.first?.text.hasPrefix("A federal judge") == true)
    }

    @Test func attorneysOfficeAndDistrictLinesAreLetterhead() {
        let r = Release.parsing("U.S. Attorney's Office\nNorthern District of Ohio\nFOR IMMEDIATE RELEASE\nTuesday, August 9, 2016\n\nAkron Man Sentenced to 10 Years for Fraud\n\nCLEVELAND, Ohio - An Akron man was sentenced today to 10 years in prison for fraud.\n")
        #expect(r.headline == "Akron Man Sentenced to 10 Years for Fraud")
        #expect(r.dateline?.place == "CLEVELAND, Ohio")
    }

    @Test func subtitleAboveTheBlockKeepsTheBlockDate() {
        let r = Release.parsing("Two Men Charged in Scheme to Defraud Veterans\nDefendants Allegedly Stole More Than $2 Million in Benefits\n\nDepartment of Veterans Affairs\nOffice of Public Affairs\nFOR IMMEDIATE RELEASE\nMonday, March 7, 2011\n\nWASHINGTON - Two men were charged today in a scheme to steal benefits from elderly veterans.\n")
        #expect(r.headline == "Two Men Charged in Scheme to Defraud Veterans")
        #expect(r.subheadline == "Defendants Allegedly Stole More Than $2 Million in Benefits")
        #expect(r.date == "2011-03-07")
        #expect(r.dateline?.place == "WASHINGTON")
    }

    @Test func subtitleBelowTheHeadlineAfterTheBlock() {
        let r = Release.parsing("Department of Labor\nOffice of Public Affairs\nFOR IMMEDIATE RELEASE\nTuesday, May 3, 2016\nLabor Department Recovers Back Wages for 300 Workers\nInvestigation found overtime violations at three warehouses\n\nBOISE, Idaho — The department recovered more than $400,000 in back wages for 300 warehouse workers.\n")
        #expect(r.headline == "Labor Department Recovers Back Wages for 300 Workers")
        #expect(r.subheadline == "Investigation found overtime violations at three warehouses")
        #expect(r.dateline?.place == "BOISE, Idaho")
        #expect(r.paragraphs.first?.text.hasPrefix("The department recovered") == true)
    }

    @Test func embargoTimeIsNoHeadline() {
        let r = Release.parsing("EMBARGOED UNTIL 10:00 A.M. EDT, WEDNESDAY, JUNE 8, 2016\nAgency Releases Annual Report on Rural Broadband\n\nDENVER (Rural Development Service) - The agency today released its annual report on rural broadband access.\n")
        #expect(r.headline == "Agency Releases Annual Report on Rural Broadband")
        #expect(r.date == "2016-06-08")
        #expect(r.dateline?.place == "DENVER")
        #expect(r.dateline?.agency == "Rural Development Service")
    }

    @Test func labelUnderACapitalsAgencyLineIsNoContinuation() {
        let r = Release.parsing("DEPARTMENT OF LABOR\nFOR IMMEDIATE RELEASE   March 3, 1998\nLABOR SECRETARY ANNOUNCES JOB TRAINING GRANTS\n     WASHINGTON -- The secretary today announced job training grants for displaced workers in three states.\n")
        #expect(r.headline == "LABOR SECRETARY ANNOUNCES JOB TRAINING GRANTS")
        #expect(r.date == "1998-03-03")
        #expect(r.dateline?.place == "WASHINGTON")
    }

    @Test func aHeadlineNamingAnOfficeWithAVerbStaysAHeadline() {
        let r = Release.parsing("FOR IMMEDIATE RELEASE\nJune 9, 2014\nOffice of Public Affairs Announces New Director\n\nThe agency today announced that a new director will lead its public affairs office from July.\n")
        #expect(r.headline == "Office of Public Affairs Announces New Director")
    }

    @Test func aHardWrappedLeadLineIsNoSubtitle() {
        let r = Release.parsing("Readout of the Adviser's Meetings\nMay 20, 2024\n\nToday in the capital, the adviser Jane Doe met with\nLeader of the Opposition John Roe and discussed the talks at length.\n")
        #expect(r.subheadline == nil)
    }
}
