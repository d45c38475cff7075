import Foundation
import Testing
import PressRelease

/// News-style speakers after a quote, keyed by rule, on sentences written for the test.
@Suite struct NewsSpeakerRuleTests {
    func release(_ body: String) -> Release { Release.parsing("Headline of a test release\n\n" + body) }

    /// clause-then-cue: words about the quote, a comma, then `said X`.
    @Test func clauseBeforeInvertedCue() throws {
        let r = release("Tom Reyes spoke first.\n\n\"We are extremely happy\" about the ruling, said Maria Lopez, director of a union.")
        let q = try #require(r.quotes.first)
        #expect(r.speaker(of: q)?.name == "Maria Lopez")
        #expect(q.rule == .clauseThenCue && q.cue?.lemma == "say")
    }

    /// speaker-then-cue: a long appositive between the name and the cue does not hide the cue.
    @Test func longAppositiveBeforeCue() throws {
        let r = release("Tom Reyes spoke first.\n\n\"I do not see how they have a case,\" Maria Lopez, a professor of tax law at the state university's law school, told reporters.")
        let q = try #require(r.quotes.first)
        #expect(r.speaker(of: q)?.name == "Maria Lopez")
        #expect(q.rule == .speakerThenCue)
    }

    /// cue-then-speaker: `said Democratic operative Jo Payne`, a modifier and a role noun the
    /// title list need not know before the full name.
    @Test func modifierAndRoleNounBeforeName() throws {
        let r = release("\"It is early,\" said Democratic operative Joel Payne, who worked for a campaign.")
        let q = try #require(r.quotes.first)
        #expect(r.speaker(of: q)?.name == "Joel Payne")
        #expect(q.rule == .cueThenSpeaker)
        #expect(!r.people.contains { $0.name == "Democratic" })
    }
}
