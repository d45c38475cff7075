import Foundation
import Testing
import PressRelease

/// Quote pairing and attribution on small hand-written releases (each case from the conventions
/// press releases follow; none copied from the corpus).
@Suite struct QuoteScanningTests {
    func release(_ body: String) -> Release { Release.parsing("Headline of a test release\n\n" + body) }
    func names(_ r: Release) -> [String?] { r.quotes.map { r.speaker(of: $0)?.name } }

    @Test func interruptedQuoteIsTwoQuotesOneSpeaker() {
        let r = release("\"We are ready,\" Mayor Ann Lee said, \"to meet the council on Monday.\"\n")
        #expect(r.quotes.map(\.text) == ["We are ready", "to meet the council on Monday."])
        #expect(names(r) == ["Ann Lee", "Ann Lee"])
    }

    @Test func allMarkFamiliesPair() {
        let r = release("“Curly marks work,” said Tom Reed.\n\n«Guillemets work too,» said Tom Reed.\n\n„Low marks work as well,“ said Tom Reed.\n")
        #expect(r.quotes.map(\.text) == ["Curly marks work", "Guillemets work too", "Low marks work as well"])
        #expect(names(r).allSatisfy { $0 == "Tom Reed" })
    }

    @Test func apostrophesNeverPair() {
        let r = release("“Trump’s plan is what’s needed, and that’s final,” said Senator Jo Park. It's the senator's view.\n")
        #expect(r.quotes.count == 1)
        #expect(r.quotes.first?.text == "Trump’s plan is what’s needed, and that’s final")
    }

    @Test func unclosedMarkStopsAtParagraphEndWithWarning() {
        let r = release("Dr. Ruth Kim said: \"We will never stop working\n\nThe council met on Tuesday. It voted on the budget.\n")
        #expect(r.quotes.count == 1)
        #expect(r.quotes.first?.text == "We will never stop working")
        #expect(r.speech.warnings.contains { $0.code == "unclosed-quote" })
        #expect(r.speech.quotes.allSatisfy { $0.paragraph == 1 })
    }

    @Test func multiParagraphQuoteSharesItsSpeaker() {
        let r = release("\"The first part of the statement is here.\n\n\"The second part follows the first.\n\n\"And the last part closes it,\" Minister Sara Holt said.\n")
        #expect(r.quotes.map(\.kind) == [.direct, .continued, .continued])
        #expect(names(r) == ["Sara Holt", "Sara Holt", "Sara Holt"])
    }

    @Test func termsAndPartialsAreTold() {
        let r = release("Senator Jo Park backed the \"Build Back Better\" Act. She called it \"a plan that will change every town in the state\" in a speech.\n")
        #expect(r.quotes.count == 1)
        #expect(r.quotes.first?.kind == .partial)
        #expect(r.speaker(of: r.quotes[0])?.name == "Jo Park")
        #expect(r.speech.terms.map(\.text) == ["Build Back Better"])
    }

    @Test func nestedQuotesStayInside() {
        let r = release("\"He said 'never again' and the \"Clean Air\" rule passed,\" said Ben Cole.\n")
        #expect(r.quotes.count == 1)
        #expect(r.quotes.first?.text == "He said 'never again' and the \"Clean Air\" rule passed")
    }

    @Test func attributionForms() {
        let r = release("""
        WASHINGTON – The commission met on Tuesday to vote on new broadband rules.

        “Access matters,” -Commissioner Geoffrey Starks

        Chairwoman Jessica Rosenworcel said:

        “We will vote next month.”

        “The rules are clear,” said Jane Doe, CEO of Acme Corp, at the event.

        According to Paul Grant, “costs will fall by half next year.”

        “We are pleased,” Grant noted in a statement.

        """)
        #expect(names(r) == ["Geoffrey Starks", "Jessica Rosenworcel", "Jane Doe", "Paul Grant", "Paul Grant"])
        #expect(r.quotes.map { $0.cue?.lemma } == ["—", "say", "say", "according to", "note"])
        #expect(r.people.first { $0.name == "Jane Doe" }?.affiliation == "CEO of Acme Corp")
    }

    @Test func pronounsFollowGender() {
        let r = release("Ms. Ada Stone met Mr. Carl Berg in Oslo. Ms. Stone spoke first.\n\n\"The talks went well,\" she said.\n\n\"I agree with her,\" he said.\n")
        #expect(names(r) == ["Ada Stone", "Carl Berg"])
    }

    @Test func lineAfterAttribution() {
        let r = release("\"The leaders will meet when the schedules are clear,\"\nMinister Ivan Sokol told reporters.\n")
        #expect(names(r) == ["Ivan Sokol"])
        #expect(r.quotes.first?.addressee == "reporters")
    }
}

@Test func paragraphQuotesAndLaziness() {
    let r = Release.parsing("Headline\n\nWASHINGTON – The council met today to discuss the budget for next year.\n\n\"One,\" said Mayor Ann Lee.\n\nNo quotes here.\n\n\"Two,\" she said.\n")
    #expect(r.paragraphs.count == 4)
    guard r.paragraphs.count == 4 else { return }
    #expect(r.quotes(in: r.paragraphs[1]).map(\.text) == ["One"])
    #expect(r.quotes(in: r.paragraphs[2]).isEmpty)
    #expect(r.quotes(in: r.paragraphs[3]).first.flatMap { r.speaker(of: $0)?.name } == "Ann Lee")
    #expect(r.quotes.allSatisfy { $0.sentence != nil })
}
