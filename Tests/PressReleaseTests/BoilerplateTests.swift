import Testing
@testable import PressRelease

@Suite struct BoilerplateTests {
    @Test func endMarksContactsAndAbout() {
        let text = """
        For Immediate Release
        Acme Opens New Plant

        CONTACT: Jane Roe, 202-555-0142

        SPRINGFIELD, Ill. – Acme Corp. opened a plant on Monday.

        "This is a great day," said Mr. Doe.

        About Acme Corp.

        Acme Corp. makes everything.

        Media Contact:
        John Q. Public
        Acme Corp.
        (555) 123-4567
        press@acme.example.com

        ###

        Next Article
        """
        let r = Release.parsing(text)
        #expect(r.kind == "press release")
        #expect(r.headline == "Acme Opens New Plant")
        #expect(r.dateline?.place == "SPRINGFIELD, Ill.")
        #expect(r.paragraphs.map(\.text) == ["Acme Corp. opened a plant on Monday.", "\"This is a great day,\" said Mr. Doe."])
        let kinds = Set(r.boilerplate.map(\.kind))
        #expect(kinds.isSuperset(of: [.label, .contact, .about, .endMark, .debris]))
        #expect(r.contacts.contains { $0.name == "Jane Roe" && $0.phone == "202-555-0142" })
        #expect(r.contacts.contains { $0.name == "John Q. Public" && $0.email == "press@acme.example.com" && $0.phone == "(555) 123-4567" })
    }

    @Test func contactLinesInTheirUsualShapes() {
        let r = Release.parsing("Acme Opens Plant\n\nAcme opened a plant today.\n\nFor further information contact: Jane Roe on 0417 361 637 or John Doe, Adviser, on (02) 6277 4349\n\nMedia contact: Alice Plate (Snowdon) 0400 045 999\n\nContact: Gulfam Shabbir CEO & Founder, +1 (309)-733-4339, gulfam@acme.example.net\n")
        #expect(r.paragraphs.map(\.text) == ["Acme opened a plant today."])
        let c = r.contacts
        #expect(c.contains { $0.name == "Jane Roe" && $0.phone == "0417 361 637" })
        #expect(c.contains { $0.name == "John Doe" && $0.phone == "(02) 6277 4349" })
        #expect(c.contains { $0.name == "Alice Plate" && $0.organization == "Snowdon" && $0.phone == "0400 045 999" })
        #expect(c.contains { $0.name == "Gulfam Shabbir" && $0.email == "gulfam@acme.example.net" && $0.phone == "+1 (309)-733-4339" })
    }

    @Test func gluedAboutAndDisclaimer() {
        let text = "# Acme Robots Ship\n\nHANOI, VIETNAM - [Media OutReach Newswire](https://x.example) – 9 June 2026 – Acme shipped robots.\n\nSales rose sharply in the first quarter of the year.\n\nAbout AcmeAcme is a robot maker founded in 2010 in Hanoi, with offices in many countries around the world.\n\nForward-Looking Statements\n\nThis release contains forward-looking statements.\n"
        let r = Release.parsing(text)
        #expect(r.paragraphs.count == 2)
        #expect(r.boilerplate.contains { $0.kind == .about })
        #expect(r.boilerplate.contains { $0.kind == .disclaimer })
    }

    @Test func missingPartsAreWarningsNotErrors() {
        let r = Release.parsing("")
        #expect(r.headline == nil)
        #expect(r.date == nil)
        #expect(r.dateline == nil)
        #expect(Set(r.warnings.map(\.code)).isSuperset(of: ["no-headline", "no-date", "no-dateline"]))

        let lede = Release.parsing("The committee met on a cold morning and agreed, after a long debate, to postpone the vote until next week.\n\nMore text.\n")
        #expect(lede.headline == nil)
        #expect(lede.paragraphs.count == 2)
    }

    @Test func metadataIsAFallback() {
        let doc = SourceDocument(path: "x.eml", text: "The committee met on a cold morning and agreed, after a long debate, to postpone the vote until next week.\n",
                                 metadata: ["title": "Committee Postpones Vote", "date": "Tue, 3 Mar 2015 10:00:00 +0000"])
        let r = ReleaseParser().parse(doc)
        #expect(r.headline == "Committee Postpones Vote")
        #expect(r.date == "2015-03-03")
    }

    /// Links to other stories between a page's paragraphs are furniture, not body text or people
    /// (invented lines in the shape of a newspaper's teasers).
    @Test func storyTeasersAreDebris() throws {
        let r = Release.parsing("Vaccine Trial Expands\n\nThe fund chief Kirill Petrov said doubts were fading.\n\nRelated Story Country produces first batch of vaccine\n\n\"We have seen a change in tone,\" he said.\n\nREAD MORE: Trials begin in two cities\n\nThe trial will expand next month.\n")
        #expect(r.paragraphs.map(\.text).allSatisfy { !$0.hasPrefix("Related Story") && !$0.hasPrefix("READ MORE") })
        #expect(r.paragraphs.count == 3)
        let q = try #require(r.quotes.first)
        #expect(r.speaker(of: q)?.name == "Kirill Petrov")
        // a sentence that opens with the same words is body text
        let body = Release.parsing("Vaccine Trial Expands\n\nRelated stories of the trial have been told in many places, the fund chief Kirill Petrov said in a long interview on Tuesday, and more will follow.\n")
        #expect(body.paragraphs.count == 1)
    }
}
