import Testing
@testable import PressRelease

@Suite struct SentenceSplitterTests {
    func split(_ s: String) -> [String] {
        let b = Array(s.utf8)
        return SentenceSplitter.boundaries(b).map { String(decoding: b[$0], as: UTF8.self) }
    }

    @Test func abbreviationsAndInitials() {
        #expect(split("Mr. Smith met Sen. Jones in Washington, D.C. on Nov. 8. They talked.").count == 2)
        #expect(split("The U.S. President met J. Smith of Acme Inc. in Rome.").count == 1)
        #expect(split("Bill No. 3 passed. It was close.") == ["Bill No. 3 passed.", "It was close."])
        #expect(split("He works for Acme Inc. The company grew.") == ["He works for Acme Inc.", "The company grew."])
        #expect(split("She moved to the U.S. It was 1999.") == ["She moved to the U.S.", "It was 1999."])
    }

    @Test func decimalsEllipsesAndQuotes() {
        #expect(split("Growth was 3.5 percent. Prices rose.") == ["Growth was 3.5 percent.", "Prices rose."])
        #expect(split("They raised a hue and cry.... That is why.") == ["They raised a hue and cry....", "That is why."])
        #expect(split("He said \"we will win.\" Then he left.") == ["He said \"we will win.\"", "Then he left."])
        #expect(split("“We will win.” She agreed.") == ["“We will win.”", "She agreed."])
        #expect(split("Is it true? Yes! It is.").count == 3)
        #expect(split("The site is acme.com and it works.").count == 1)
    }

    @Test func lostSpaceBetweenSentences() {
        #expect(split("She was re-elected by her colleagues.The Regional Whips count votes.").count == 2)
    }

    @Test func releaseSentencesPointIntoParagraphs() {
        let r = Release.parsing("Headline\n\nFirst sentence here. Second one, by Mr. Doe.\n\nAnother paragraph.\n")
        #expect(r.sentences.map(\.text) == ["First sentence here.", "Second one, by Mr. Doe.", "Another paragraph."])
        #expect(r.sentences.map(\.paragraph) == [1, 1, 2])
        let s = r.sentences[1]
        let p = r.paragraphs[0]
        let bytes = Array(p.text.utf8)
        #expect(String(decoding: bytes[s.textStart..<s.textStop], as: UTF8.self) == s.text)
    }
}

@Suite struct SentencePositionTests {
    @Test func sentencesByParagraphAndSourceRanges() throws {
        let text = "Headline\n\nFirst  one here. Second &amp; last.\n\nThird.\n"
        let r = Release.parsing(text)
        let p1 = try #require(r.paragraphs.first)
        #expect(r.sentences(in: p1).map(\.text) == ["First one here.", "Second & last."])
        #expect(r.sentences(in: r.paragraphs[1]).map(\.index) == [3])
        let bytes = Array(text.utf8)
        let second = r.sentences[1]
        #expect(String(decoding: bytes[r.sourceRange(of: second)], as: UTF8.self) == "Second &amp; last.")
    }
}
