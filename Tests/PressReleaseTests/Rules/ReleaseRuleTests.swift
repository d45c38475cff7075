import Foundation
import Testing
import PressRelease

/// Direct-quote attribution on release-style text, keyed by rule, on sentences written for the
/// test (not from the corpus).
@Suite struct ReleaseRuleTests {
    func release(_ body: String, headline: String = "Headline of a test release") -> Release {
        Release.parsing(headline + "\n\n" + body)
    }

    /// colon-lead-in: a Markdown-bold label (`**Name:** “…”`) hands over like a plain one, and a
    /// sentence-opening word (`New`) may open the title before the name.
    @Test func boldLabelLeadIn() throws {
        let r = release("WASHINGTON - Leaders praised the nominations today.\n\n"
            + "**Ohio Senator Jane Roe:** “I have long worked for a fairer economy for every family.”\n\n"
            + "**New Jersey Senator Tom Vale:** “These nominees will serve the country well.”")
        let direct = r.quotes.filter { $0.kind == .direct }
        #expect(direct.map { r.speaker(of: $0)?.name } == ["Jane Roe", "Tom Vale"])
        #expect(direct.allSatisfy { $0.rule == .colonLeadIn })
        #expect(r.quotes.allSatisfy { $0.kind != .turn }, "the bold label is no second, turn copy of the quote")
    }

    /// turn: a bold label ending on a heading word (`**Key Takeaways:**`) is a heading, not a
    /// speaker, so the bullet under it is no turn.
    @Test func boldHeadingLabelIsNoTurn() throws {
        let r = release("BOSTON - Acme Robotics opened a test farm today.\n\n"
            + "**Key Takeaways:** Acme will extend its farm model into two new states this year.\n\n"
            + "“We are proud of the team,” said Dana Holt, chief executive of Acme Robotics.")
        #expect(r.quotes.allSatisfy { $0.kind != .turn }, "\(r.quotes.map(\.text))")
        #expect(!r.people.contains { $0.name.contains("Takeaways") }, "\(r.people.map(\.name))")
    }

    /// issuer: a headline verb (`Issues`) is not part of the issuer's name, so the quotes of a
    /// statement without cues go to the senator the letterhead names.
    @Test func headlineVerbIssuesEndsTheName() throws {
        let r = release("  Statement of Senator Ann B. Kellerman on the school anniversary\n\n"
            + "\"Today I rise to honour the teachers of our state.\"",
            headline: "SEN. KELLERMAN ISSUES STATEMENT ON SCHOOL ANNIVERSARY")
        #expect(!r.people.contains { $0.name.contains("Issues") }, "\(r.people.map(\.name))")
        let q = try #require(r.quotes.first)
        #expect(r.speaker(of: q)?.name.hasSuffix("Kellerman") == true && q.rule == .issuer)
    }
}
