import Testing
@testable import PressRelease

/// Datelines whose dash the scrape lost: a capitals place run straight into the lead sentence.
@Suite struct LostDashDatelineTests {
    @Test func capitalsPlaceBeforeASentenceIsTheDateline() {
        let r = Release.parsing("Grand Jury Indicts Two Men\n\nWASHINGTON A federal grand jury in the District returned an indictment today against two men.\n\nThe men face charges.\n")
        #expect(r.dateline?.place == "WASHINGTON")
        #expect(r.paragraphs.first?.text.hasPrefix("A federal grand jury") == true)
        let two = Release.parsing("Council Opens Office\n\nNEW YORK The council opened its new office on Monday after two years of work.\n")
        #expect(two.dateline?.place == "NEW YORK")
    }

    @Test func initialsAndAcronymSubjectsAreNoPlace() {
        let initials = Release.parsing("Berkley Forms Edge\n\nW. R. Berkley Corporation today announced the formation of a new business unit.\n")
        #expect(initials.dateline == nil)
        let acronym = Release.parsing("Agency Names Chief\n\nNASA Administrator Jane Doe said today the agency would name a new chief of staff.\n")
        #expect(acronym.dateline == nil)
        #expect(acronym.paragraphs.first?.text.hasPrefix("NASA Administrator") == true)
    }
}
