import Testing
@testable import PressRelease

/// Headlines, kinds and header boilerplate in the layouts the corpus uses (invented texts).
@Suite struct HeaderTests {
    @Test func labelsBecomeKind() {
        #expect(Release.parsing("MEDIA ADVISORY\nSenator Doe to Host Town Hall\n\nThe senator will host it.\n").kind == "media advisory")
        #expect(Release.parsing("For Immediate Release\n\nDoe Wins Award\n\nDoe won.\n").headline == "Doe Wins Award")
        let spaced = Release.parsing(" N E W S  R E L E A S E  F R O M  T H E  M I N I S T E R\n\n 9 December 1976 IEA 62/76\n\n AID GROUPS VITAL IN RESPONSE TO REFUGEE SITUATIONS\n\n Voluntary aid groups had always played a big part.\n")
        #expect(spaced.kind == "press release")
        #expect(spaced.headline == "AID GROUPS VITAL IN RESPONSE TO REFUGEE SITUATIONS")
        #expect(spaced.date == "1976-12-09")
    }

    @Test func labelUnderAForwardingNote() {
        let r = Release.parsing("Webster Presents Award\n2022-01-27\n\nThe following was released by the Council.\n\nPRESS RELEASE\n\nThe Council gave an award.\n")
        #expect(r.kind == "press release")
        #expect(r.paragraphs.map(\.text) == ["The following was released by the Council.", "The Council gave an award."])
    }

    @Test func referenceNumbersDotsAndLetterheads() {
        let r = Release.parsing(" ..........\n\n F75/129\n\n CHRIS DOE MP\n\n MINISTER FOR IMMIGRATION AND CITIZENSHIP\n\n 5 October 2011\n\n DOE HANGS UP THE PHONE\n\n Mr Doe said the phone was gone.\n")
        #expect(r.headline == "DOE HANGS UP THE PHONE")
        #expect(r.date == "2011-10-05")
        let kinds = r.boilerplate.map(\.kind)
        #expect(kinds.contains(.reference))
        #expect(kinds.contains(.letterhead))
        #expect(r.paragraphs.map(\.text) == ["Mr Doe said the phone was gone."])
    }

    @Test func dateAndHeadlineOnOneLine() {
        let r = Release.parsing(" MEDIA RELEASE\n\n 3 December 2012  COMMENCEMENT OF INDEPENDENT REVIEWER OF ASSESSMENTS\n\n The reviewer has started work, the Attorney-General announced today.\n")
        #expect(r.headline == "COMMENCEMENT OF INDEPENDENT REVIEWER OF ASSESSMENTS")
        #expect(r.date == "2012-12-03")
    }

    @Test func capitalsHeadlineRunIntoTheLead() {
        let r = Release.parsing(" Friday, 11 August 2006\n\n SMITH MAKES STAND ON PRINCIPLE John Smith, the Member for Mallee, today stands behind his decision to abstain from voting yesterday.\n")
        #expect(r.headline == "SMITH MAKES STAND ON PRINCIPLE")
        #expect(r.paragraphs.first?.text.hasPrefix("John Smith, the Member for Mallee") == true)
    }

    @Test func wideGapsSeparateLetterheadParts() {
        let r = Release.parsing(" Monday, 14 November 2011    MEDIA RELEASE\n\n Greens demand an inquiry into detained children    All children held in adult jails should be released while they are assessed, the Greens said.\n")
        #expect(r.kind == "press release")
        #expect(r.date == "2011-11-14")
        #expect(r.headline == "Greens demand an inquiry into detained children")
        #expect(r.paragraphs.first?.text.hasPrefix("All children held") == true)
    }

    @Test func addressBlocksAndTitleTwoBlanksBeforeTheLead() {
        let r = Release.parsing(" TAMWORTH OFFICE  SHOP 5, 259 PEEL STREET, TAMWORTH 2340  PH:  02 6761 3080  FAX:  02 6761 3380\n\n Media Release     14th August 2012   Asylum seeker package a way forward  The asylum seeker package developed by the expert panel has been welcomed by the Independent Member for New England today.\n")
        #expect(r.headline == "Asylum seeker package a way forward")
        #expect(r.date == "2012-08-14")
        #expect(r.dateline?.place == nil)
        #expect(r.boilerplate.contains { $0.kind == .letterhead && $0.text.hasPrefix("TAMWORTH OFFICE") })
        #expect(r.paragraphs.first?.text.hasPrefix("The asylum seeker package") == true)
    }

    @Test func placeAndDateOnLinesOfTheirOwn() {
        let r = Release.parsing("Doe Statement on the Budget\n2013-01-23\n\nWashington, DC,\nJanuary 23, 2013\nCongressman Doe released the following statement today.\n")
        #expect(r.dateline?.place == "Washington, DC")
        #expect(r.dateline?.date == "2013-01-23")
        #expect(r.paragraphs.map(\.text) == ["Congressman Doe released the following statement today."])
    }

    @Test func repeatedHeadlineAndSubheadline() {
        let r = Release.parsing("Doe Introduces Mining Bill\n2013-02-05\n\nDoe Introduces Mining Bill\nBill Would Let States Fund Cleanups\nWASHINGTON – Today Sen. Doe introduced a bill.\n")
        #expect(r.headline == "Doe Introduces Mining Bill")
        #expect(r.subheadline == "Bill Would Let States Fund Cleanups")
        #expect(r.dateline?.place == "WASHINGTON")
        #expect(r.date == "2013-02-05")
        #expect(r.paragraphs.map(\.text) == ["Today Sen. Doe introduced a bill."])
    }
}
