import Foundation
import Testing
import PressRelease

/// News-style attribution, keyed by rule, on sentences written for the test (not from the corpus).
@Suite struct NewsRuleTests {
    func release(_ body: String) -> Release { Release.parsing("Headline of a test release\n\n" + body) }

    /// inverted-cue: a capitalised cue opening the sentence, then the speaker and the quote.
    @Test func invertedCueOpeningTheSentence() throws {
        let r = release("Senator Maria Lopez met officials.\n\nSaid Jordan Smith, \"This is a good day for the town.\"")
        let q = try #require(r.quotes.first)
        #expect(r.speaker(of: q)?.name == "Jordan Smith")
        #expect(q.rule == .invertedCue && q.cue?.lemma == "say")
    }

    /// inverted-cue only when the name reaches the hand-over: after `said X` a verb makes X the
    /// subject of the reported clause, and the speaker is the reporting verb's subject.
    @Test func nameAfterCueThatIsTheReportedSubject() throws {
        let r = release("Senator Maria Lopez spoke on Tuesday.\n\nThe analyst Tom Reyes said Lopez built \"a nearly insurmountable lead\" among delegates.")
        let q = try #require(r.quotes.first)
        #expect(r.speaker(of: q)?.name == "Tom Reyes")
        #expect(q.rule != .invertedCue)
    }

    /// speaker-then-cue: the subject of the reporting verb, past a relative clause, is the speaker
    /// (a description naming nobody here), not the nearest name.
    @Test func subjectPastRelativeClause() throws {
        let r = release("Senator Maria Lopez met officials.\n\n\"We will not wait any longer,\" the official who briefed reporters said.")
        let q = try #require(r.quotes.first)
        #expect(q.speakerIndex == nil && q.mention == "the official who briefed reporters" && q.rule == .speakerThenCue)
    }

    /// cue-then-speaker: `according to X`, and an organisation as the speaker (no person).
    @Test func accordingToAndOrganisations() throws {
        let a = release("\"The plan is ready,\" according to Maria Lopez, a city planner.")
        #expect(a.quotes.first.flatMap { a.speaker(of: $0)?.name } == "Maria Lopez")
        #expect(a.quotes.first?.cue?.lemma == "according to")
        let b = release("\"Our members are struggling,\" the Texas Association of Builders said.")
        #expect(b.quotes.first?.speakerIndex == nil && b.quotes.first?.mention == "the Texas Association of Builders")
        #expect(b.organizations.contains { $0.name == "Texas Association of Builders" })
    }

    /// speaker-then-cue with a pronoun, and recent-speaker: a person introduced by `according to`
    /// is a source, so the next `she said` and a quote opened by `According to X,` go to that
    /// person, not to the speaker quoted before.
    @Test func accordingToIntroducesTheNextPronounsSpeaker() throws {
        let r = release("\"We test every day,\" said Tom Reyes, a health official.\n\nThe homes were hit hardest, according to Maria Lopez, an expert at the agency.\n\n\"It's a disaster,\" she said.")
        let q = try #require(r.quotes.last)
        #expect(r.speaker(of: q)?.name == "Maria Lopez")
        let s = release("\"We test every day,\" said Tom Reyes, a health official.\n\nAccording to Maria Lopez, an expert at the agency, \"The homes were hit hardest by the virus.\"")
        #expect(s.quotes.count == 2)
        #expect(s.quotes.last.flatMap { s.speaker(of: $0)?.name } == "Maria Lopez")
    }

    /// speaker-then-cue with a pronoun: a clear given name suggests the gender when no title does,
    /// so `she said` passes over the man quoted last and reaches the woman introduced since.
    @Test func givenNameGenderGuidesPronouns() throws {
        let r = release("\"The birds once flew,\" said David Penny, a professor.\n\nThe team was led by Gillian Gibb, a student at the university.\n\n\"We did more sequencing,\" she said.")
        let q = try #require(r.quotes.last)
        #expect(r.speaker(of: q)?.name == "Gillian Gibb")
        // the reported gender stays what the text states (nothing here)
        #expect(r.people.first { $0.name == "David Penny" }?.gender == .unknown)
    }

    /// cue-before: a short phrase completing an attributing clause is a partial quote of its
    /// speaker; the same phrase with no attribution stays a term.
    @Test func shortPhrasesPartialOrTerm() throws {
        let a = release("Senator Maria Lopez said the bill was \"dead on arrival\" in the House.")
        let q = try #require(a.quotes.first)
        #expect(q.kind == .partial && a.speaker(of: q)?.name == "Maria Lopez" && q.rule == .cueBefore)
        let b = release("Critics dismissed the so-called \"reform\" as window dressing. The bill was \"dead on arrival\" in the House.")
        #expect(b.quotes.isEmpty && b.speech.terms.count == 2)
    }

    /// cue-before / participle: a quoted phrase of one or two words inside a sentence whose
    /// reporting verb has a subject is that subject's partial quote (before or after the phrase);
    /// with a cue but no speaker, or no cue, it stays a term.
    @Test func veryShortPhrasesOfAnAttributedSentence() throws {
        let a = release("Mayor Ina Berg said on Monday that the town was a \"lighthouse\" for the region.")
        let q = try #require(a.quotes.first)
        #expect(q.kind == .partial && a.speaker(of: q)?.name == "Ina Berg" && q.rule == .cueBefore)
        let b = release("The harbour board met. Mayor Ina Berg backed a \"fair share\" plan, saying costs had doubled.")
        let pb = try #require(b.quotes.first)
        #expect(pb.kind == .partial && b.speaker(of: pb)?.name == "Ina Berg" && pb.rule == .participle)
        let c = release("Mayor Ina Berg visited the harbour. The town is a \"lighthouse\" for the region.")
        #expect(c.quotes.isEmpty && c.speech.terms.count == 1)
        let d = release("It was said that the town was a \"lighthouse\" for the region.")
        #expect(d.quotes.isEmpty)
    }

    /// speaker-then-cue / cue-before: the reporting verb's subject stands before a prepositional
    /// aside (`, in response to X's remarks,`), whose names are not the speaker; a name after a
    /// role word ends the subject (`Harbour Board spokesman Ivo Pelt`).
    @Test func subjectBeforePrepositionalAside() throws {
        let r = release("Mayor Ina Berg spoke first.\n\nHarbour Board spokesman Ivo Pelt, in response to Berg's remarks, said the plan was \"already far too costly\".")
        let q = try #require(r.quotes.first)
        #expect(r.speaker(of: q)?.name == "Ivo Pelt" && q.rule == .cueBefore)
    }
}
