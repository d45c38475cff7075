import Foundation
import Testing
import PressRelease

/// One test per attribution rule added for generalisation, on short sentences written for the
/// test (not taken from the corpus).
@Suite struct SpeakerRuleTests {
    func release(_ body: String) -> Release { Release.parsing("Headline of a test release\n\n" + body) }
    func names(_ r: Release) -> [String?] { r.quotes.map { r.speaker(of: $0)?.name } }

    /// An organisation or party and a role stand before the person who speaks.
    @Test func personBehindOrganisationAndRole() {
        let a = release("“We will keep the parks open all winter,” said Harbourside Party spokesperson on parks, Councillor Mara Quill.")
        #expect(names(a) == ["Mara Quill"])
        let b = release("“Costs keep rising for every bakery we talk to,” said Bakers Guild Founder & CEO Tomas Rendel.")
        #expect(names(b) == ["Tomas Rendel"])
        let c = release("“Rates must fall,” said Orchard Greens energy spokesperson Senator Ivo Pelt.")
        #expect(names(c) == ["Ivo Pelt"])
        let d = release("“The old engine still runs,” said garage founder Lia Marr.")
        #expect(names(d) == ["Lia Marr"])
    }

    /// The person a role serves ("a spokesperson for Senator X") is not the speaker.
    @Test func servedPersonIsNotTheSpeaker() {
        let r = release("“No comment at this stage,” said a spokesperson for Senator Ivo Pelt.")
        #expect(names(r) == [nil])
    }

    /// Days of observance, resolutions and acts are never people.
    @Test func namedThingsAreNotPeople() {
        let r = release("Representative Dana Oakes marked Lantern Remembrance Day with a town hall. We keep days of remembrance for our losses. She released the following statement:\n\n“This day reminds us of what we owe each other.”")
        #expect(names(r) == ["Dana Oakes"])
        #expect(!r.people.contains { $0.name.contains("Day") })
        let s = release("“The Harbour Lights Act protects every pier,” said Senator Wen Adler, who sponsored the Harbour Lights Act.")
        #expect(!s.people.contains { $0.name.hasSuffix("Act") })
    }

    /// Bill designators (H.R., H.Res., S. Con. Res.) are not names, and their dots end no sentence.
    @Test func billDesignatorsAreNotNames() {
        let r = release("Congresswoman Lea Marsh (D-XX) released the following statement on S. Con. Res. 9, the spending plan:\n\n“This plan borrows from our grandchildren.”")
        #expect(names(r) == ["Lea Marsh"])
        let s = release("Congressman Ray Doyle released this statement on H.Res. 120:\n\n“The House must act now.”")
        #expect(names(s) == ["Ray Doyle"])
        #expect(!s.people.contains { $0.name.contains("Res") })
        let u = release("Congresswoman Ida Lund wrote the bill. HR 2040 now has 60 co-sponsors in the House:\n\n“This bill is long overdue.”")
        // The quote goes to the person named before the designator, never to "HR" (nor to nobody).
        #expect(names(u) == ["Ida Lund"])
        #expect(!u.people.contains { $0.name == "HR" })
    }

    /// An aside between dashes separates the speaker from the cue.
    @Test func dashAsideBetweenSpeakerAndCue() {
        let r = release("“We owe the river our care,” Congressman Ari Vance – who wrote the Clean Creek Resolution last spring with two colleagues – said in a statement.")
        #expect(names(r) == ["Ari Vance"])
    }

    /// A quote that ends its sentence is handed to a following sentence made only of speaker and cue.
    @Test func bareAttributionSentenceAfterQuote() {
        let r = release("“The grants reach forty towns this year.” Ms Hollis said.")
        #expect(names(r) == ["Hollis"])
        let s = release("Ms Hollis opened the centre. “The grants reach forty towns this year.” Mr Brandt said the money was late.")
        // Brandt's sentence says something of its own, so the quote stays with the person before it.
        #expect(names(s) == ["Hollis"])
    }

    /// A paragraph whose first mark closes a quote after a hand-over comma lost its opening mark.
    @Test func lostOpeningMarkBeforeHandOver() {
        let r = release("Jo Pike toured the mill on Monday.\n\nThe mill has kept this valley alive for a century,\" Pike said. \"We will keep it running.\"")
        #expect(r.quotes.count == 2)
        #expect(r.quotes.first?.text == "The mill has kept this valley alive for a century")
        #expect(names(r) == ["Jo Pike", "Jo Pike"])
        #expect(r.speech.warnings.contains { $0.code == "unopened-quote" })
    }

    /// A quote left open at a paragraph end and closed in the next paragraph without reopening
    /// (a paragraph broken inside the quote) continues there and shares the speaker.
    @Test func quoteClosedInTheNextParagraph() {
        let r = release("“The new wing opens in May.\n\nWe hired forty nurses for it.” Ms Okafor said.")
        #expect(r.quotes.map(\.kind) == [.direct, .continued])
        #expect(names(r) == ["Okafor", "Okafor"])
    }

    /// Several short quoted words inside a quote stay nested in it.
    @Test func severalNestedWordsStayInside() {
        let r = release("\"We call it the \"north gate\" and the locals call it the \"old door\" because it is old,\" said Mayor Eli Brook.")
        #expect(r.quotes.count == 1)
        #expect(r.quotes.first?.text.hasSuffix("because it is old") == true)
        #expect(names(r) == ["Eli Brook"])
    }

    /// A stray closing mark after a comma with no cue to hand over to is noise, not a quote.
    @Test func strayCloseWithoutCueIsNoQuote() {
        let r = release("The river rose by a metre, after a week of rain,\" the gauge at the bridge showed.")
        #expect(r.quotes.isEmpty)
        #expect(r.speech.warnings.contains { $0.code == "stray-quote-mark" })
    }

    /// A quoted term broken across two lines stays a term.
    @Test func termBrokenAcrossLinesStaysATerm() {
        let r = release("They wanted to be \"ALL THE\n\nWAY\" with their friends abroad.")
        #expect(r.quotes.isEmpty)
    }

    /// Words joined by "and" to the object of a title are more object, not a name.
    @Test func titleObjectJoinedByAnd() {
        let r = release("The Minister for Fisheries and Coastal Affairs, Senator Nell Briar, opened the wharf. \"It is a fine wharf,\" the Minister said.")
        #expect(names(r) == ["Nell Briar"])
        #expect(!r.people.contains { $0.name == "Coastal" || $0.name == "Coastal Affairs" })
    }

    /// Typed releases close a double-quoted passage with a single mark before the attribution.
    @Test func doubleQuoteClosedBySingleMark() {
        let r = release("“The ferry must run every day of the year’, Mr Dunmore said.")
        #expect(r.quotes.map(\.text) == ["The ferry must run every day of the year"])
        #expect(names(r) == ["Dunmore"])
    }

    /// A capitalised "Said" at a line start (typed and OCR'd releases) is still a cue, not a name.
    @Test func capitalisedSaidAfterAName() {
        let r = release("“The ferry must run every day of the year,” Mr Dunmore\nSaid.")
        #expect(names(r) == ["Dunmore"])
        #expect(!r.people.contains { $0.name.contains("Said") })
        let s = release("“The ferry must run every day of the year”, Said Mr Ivo Dunmore, the shadow minister.")
        #expect(names(s) == ["Ivo Dunmore"])
    }

    /// A subheading run into the first sentence lends no words to the name after it.
    @Test func headingWordsAreNotGivenNames() {
        for heading in ["A Small Shop But Voss sees value in staying small.",
                        "Why the Shop Doesn’t Voss is frank about the hours.",
                        "Bread Comes From Voss and the bakers who start at four.",
                        "Growth As Voss sees it starts with one loaf."] {
            let r = release("Tara Voss runs a small bakery in the old town.\n\n\(heading)\n\n“We bake every loaf by hand,” Voss says.")
            #expect(names(r) == ["Tara Voss"], "\(heading)")
        }
    }

    /// A sentence adverb opening a sentence is not a name, and dates after a name are not its surname.
    @Test func adverbsAndDatesAreNotNames() {
        let r = release("Mayor Lena Ortiz spoke at the fair.\n\nUsually on such days we say: \"Summer is here.\"")
        #expect(!r.people.contains { $0.name == "Usually" })
        let s = release("Representative Hal Price Opening Statement June 3, 2021\n\nOpening Statement by Ranking Member Hal Price:\n\n“Today we hear two bills.”")
        #expect(names(s) == ["Hal Price"])
        #expect(!s.people.contains { $0.name.hasSuffix("June") || $0.name.hasSuffix("Statement") })
    }

    /// Two single marks in a row are a typewriter's double mark.
    @Test func typewriterDoubleMarks() {
        let r = release("‘‘The dam will hold,’’ said Engineer Rosa Telt.\n\n''The spillway is new,'' said Ms Telt.")
        #expect(r.quotes.first?.text == "The dam will hold")
        #expect(names(r).first == "Rosa Telt")
        #expect(r.quotes.contains { $0.text == "The spillway is new" })
    }

    /// A short quoted phrase inside a quote that runs on to the paragraph end stays nested.
    @Test func nestedPhraseInAQuoteLeftOpen() {
        let r = release("“We reject this, and we said so,” said Senator Moa Reed.\n\n“The Government’s “cheapest option” plan will fail our towns.\n\n“It must be withdrawn.”")
        #expect(!r.quotes.contains { $0.text == "cheapest option" })
        #expect(names(r).allSatisfy { $0 == "Moa Reed" })
    }

    /// After "told", the next phrase is the listener, not the speaker.
    @Test func toldNamesTheListener() {
        let r = release("Shadow Minister Piet Alder told CITY RADIO today that: “We will reopen the line.”")
        #expect(names(r) == ["Piet Alder"])
    }

    /// OCR splits a name's last letter off at a line end; the name gets it back.
    @Test func ocrSplitLastLetterRejoinsTheName() {
        let r = release("The harbour plan was criticised by the Shadow Minister, Tom Brenn a\n\n“The plan ignores the fishing fleet,” Mr Brenna said.")
        #expect(r.people.contains { $0.name == "Tom Brenna" })
        #expect(!r.people.contains { $0.name == "Tom Brenn" })
        #expect(names(r) == ["Tom Brenna"])
    }

    /// "Name, Chair of the Board said": the body after the comma is what the person speaks for.
    @Test func personBeforeTheBodyTheyChair() {
        let r = release("Ms. Ada Brandt, Chair of the Harbour Trust Steering Committee said, “The pier reopens in May.”")
        #expect(names(r) == ["Ada Brandt"])
    }

    /// A multi-paragraph quote is one utterance: paragraphs beyond the recent-speaker window keep
    /// the speaker its first paragraphs were given (rule `continuation`), not nobody.
    @Test func longMultiParagraphQuoteKeepsItsSpeaker() {
        var body = "The council must fix the harbour wall, Harbourside Party spokesperson Mara Quill says.\n\n"
        for n in 1...8 { body += "\u{201C}Point \(n) of the plan is still not funded by the council this year.\n\n" }
        let r = release(body)
        #expect(r.quotes.count == 8)
        #expect(names(r) == Array(repeating: "Mara Quill", count: 8))
        #expect(r.quotes.suffix(4).allSatisfy { $0.rule == .continuation })
    }
}
