import Testing
@testable import PressRelease

/// Header layouts of sources outside the shared corpus (invented texts in their shapes): page
/// titles over a date line, Markdown escapes folded into titles, and transcript blocks.
@Suite struct HeaderGeneralisationTests {
    @Test func titleOverDateLineIsTheHeadlineEvenWhenItReadsLikeALetterhead() {
        let r = Release.parsing("Statement from Mayor Jane Doe Marking Five Years Since the Valley Flood\nNovember 7, 2023\n\nFive years ago today, twelve families lost their homes in the flood that struck\nthe valley overnight.\n")
        #expect(r.headline == "Statement from Mayor Jane Doe Marking Five Years Since the Valley Flood")
        #expect(r.date == "2023-11-07")
        #expect(r.paragraphs.first?.text.hasPrefix("Five years ago today") == true)
    }

    @Test func letterheadOverDateLineIsNotTakenForATitle() {
        let r = Release.parsing("Chris Doe MP Member for Gilmore\n5 October 2011\n\nDOE HANGS UP THE PHONE\n\nMr Doe said the phone was gone and would not be coming back to the office.\n")
        #expect(r.headline == "DOE HANGS UP THE PHONE")
        #expect(r.date == "2011-10-05")
    }

    @Test func markdownLineBreakEscapeInATitleIsRead() {
        let r = Release.parsing("Remarks by the Mayor Before a Briefing on Efforts to Prepare\\ for and Respond to Storms\nMay 18, 2022\n\nThe mayor spoke to reporters before the briefing began at the city hall.\n")
        #expect(r.headline == "Remarks by the Mayor Before a Briefing on Efforts to Prepare for and Respond to Storms")
        let starred = Release.parsing("# Council Approves \\*Two\\* New Parks\n\nThe council approved two new parks today after a long debate.\n")
        #expect(starred.headline == "Council Approves *Two* New Parks")
    }

    @Test func transcriptBlockOnSeparateLinesGivesNoHeadline() {
        let r = Release.parsing("JANE DOE MP\n\nSHADOW MINISTER FOR HEALTH\n\nE&OE TRANSCRIPT\n\nDOORSTOP INTERVIEW\n\nHOBART\n\nMONDAY, 27 JULY 2020\n\nSUBJECT: Aged care.\n\nJANE DOE, SHADOW MINISTER FOR HEALTH: What we are seeing today is concerning.\n")
        #expect(r.kind == "transcript")
        #expect(r.headline == nil)
        #expect(r.date == "2020-07-27")
        #expect(r.paragraphs.first?.text.hasPrefix("JANE DOE, SHADOW MINISTER FOR HEALTH:") == true)
    }

    @Test func transcriptLabelLineWithVenueAndDateGivesNoHeadline() {
        let r = Release.parsing("JOHN DOE MP\n\nE&OE TRANSCRIPT DOORSTOP INTERVIEW PARLIAMENT HOUSE, CANBERRA TUESDAY, 1 SEPTEMBER 2020\n\nSUBJECTS: Superannuation; wine exports.\n\nJOHN DOE: Yesterday two former prime ministers stood up for the system.\n")
        #expect(r.kind == "transcript")
        #expect(r.headline == nil)
        #expect(r.date == "2020-09-01")
    }

    @Test func setextUnderlinedTitleIsTheHeadline() {
        let r = Release.parsing("MP seeks to widen Converge ‘05 conference inquiry\n=================================================\n**Monday, 12 December 2005, 9:13 am**  \n**Press Release: [Acme Party](https://example.org/Acme_Party)**\nMP seeks to widen Converge ‘05 conference inquiry\nAcme Party MP Jo Doe wants an inquiry into the conference widened to the council.\n")
        #expect(r.headline == "MP seeks to widen Converge ‘05 conference inquiry")
        #expect(r.date == "2005-12-12")
        #expect(r.paragraphs.first?.text.hasPrefix("Acme Party MP Jo Doe wants") == true)
        let two = Release.parsing("Cross-Cultural Explorations\n===========================\n**Thursday, 29 July 2004, 11:58 am**  \nHot on the heels of their latest exhibition, the gallery presents two more shows.\n")
        #expect(two.headline == "Cross-Cultural Explorations")
        // a date in the title stays in it: the date line under it dates the release
        let dated = Release.parsing("Acme Issues: No. 170, 18 AUGUST 2005\n====================================\n**Friday, 19 August 2005, 9:40 am**  \nWho is responsible for values education this year?\n")
        #expect(dated.headline == "Acme Issues: No. 170, 18 AUGUST 2005")
        #expect(dated.date == "2005-08-19")
    }

    @Test func transcriptBlockNamesItsPlaceButNotAProgramme() {
        let line = Release.parsing("JOHN DOE MP\n\nE&OE TRANSCRIPT  DOORSTOP INTERVIEW  PARLIAMENT HOUSE, CANBERRA  TUESDAY, 1 SEPTEMBER 2020\n\nSUBJECTS: Superannuation; wine exports.\n\nJOHN DOE: Yesterday two former prime ministers stood up for the system.\n")
        #expect(line.dateline?.place == "PARLIAMENT HOUSE, CANBERRA")
        #expect(line.date == "2020-09-01")
        let lines = Release.parsing("JANE DOE MP\n\nE&OE TRANSCRIPT\n\nDOORSTOP INTERVIEW\n\nHOBART\n\nMONDAY, 27 JULY 2020\n\nSUBJECT: Aged care.\n\nJANE DOE: What we are seeing today is concerning.\n")
        #expect(lines.dateline?.place == "HOBART")
        let radio = Release.parsing("JANE DOE MP\n\nE&OE TRANSCRIPT\n\nRADIO INTERVIEW\n\nABC RADIO DARWIN\n\nTUESDAY, 6 APRIL 2021\n\nSUBJECT: Flooding.\n\nHOST: Jane Doe is with us.\n")
        #expect(radio.dateline?.place == nil)
        #expect(radio.date == "2021-04-06")
        let tv = Release.parsing("JOHN DOE MP\n\nE&OE TRANSCRIPT  TELEVISION INTERVIEW  SKY NEWS FIRST EDITION  TUESDAY, 24 NOVEMBER 2020\n\nSUBJECTS: Housing.\n\nHOST: John Doe joins us.\n")
        #expect(tv.dateline?.place == nil)
    }

    @Test func capitalsLineBetweenIssuerLinesIsALetterhead() {
        let r = Release.parsing("SENATOR JANE DOE\nSHADOW MINISTER FOR FINANCE\nCHAIR OF THE SENATE SELECT COMMITTEE ON FLOODS\nSENATOR FOR THE AUSTRALIAN CAPITAL TERRITORY\nSENATE FLOOD COMMITTEE TABLES INTERIM REPORT\nThe Senate Select Committee on Floods has tabled its first interim report today.\n")
        #expect(r.headline == "SENATE FLOOD COMMITTEE TABLES INTERIM REPORT")
        #expect(r.paragraphs.first?.text.hasPrefix("The Senate Select Committee") == true)
    }

    @Test func dateBeforeATitleCaseHeadlineIsTheDate() {
        let r = Release.parsing("October 25 2007 Statement of Senator Jo Doe on the Death of a Friend\n\nI was saddened today to hear of the death of my friend and colleague.\n")
        #expect(r.headline == "Statement of Senator Jo Doe on the Death of a Friend")
        #expect(r.date == "2007-10-25")
        // a sentence after a date stays whole
        let s = Release.parsing("June 5 2010 the council met and agreed on a plan\n\nMore text follows.\n")
        #expect(s.headline == "June 5 2010 the council met and agreed on a plan")
    }
}
