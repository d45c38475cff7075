import Testing
@testable import PressRelease

@Suite struct NormalizationTests {
    @Test func crlfTabsEntitiesNbspAndBOM() {
        let text = "\u{FEFF}Senators &amp; Reps Act\r\n2013-02-05\r\n\r\n\t\t\tWASHINGTON\u{00A0}– The bill&#8217;s  sponsors&nbsp;met.\r\n\t\r\nIt passed.\r\n"
        let r = Release.parsing(text)
        #expect(r.headline == "Senators & Reps Act")
        #expect(r.date == "2013-02-05")
        #expect(r.dateline?.place == "WASHINGTON")
        #expect(r.paragraphs.map(\.text) == ["The bill’s sponsors met.", "It passed."])
    }

    @Test func offsetsPointBackIntoTheSource() throws {
        let text = "Headline &amp; More\n\nWASHINGTON – The  bill&#8217;s sponsors met\ntoday in the Capitol.\n"
        let r = Release.parsing(text)
        let bytes = Array(text.utf8)
        let p = try #require(r.paragraphs.first)
        #expect(p.text == "The bill’s sponsors met today in the Capitol.")
        // "sponsors" in the normalised text maps to "sponsors" in the source
        let t = Array(p.text.utf8)
        let at = try #require(find(Array("sponsors".utf8), in: t))
        let src = p.sourceOffset(ofTextOffset: at)
        #expect(String(decoding: bytes[src..<(src + 8)], as: UTF8.self) == "sponsors")
        let at2 = try #require(find(Array("today".utf8), in: t))
        let src2 = p.sourceOffset(ofTextOffset: at2)
        #expect(String(decoding: bytes[src2..<(src2 + 5)], as: UTF8.self) == "today")
        #expect(r.position(of: src2) == SourcePosition(line: 4, column: 1))
        #expect(String(decoding: bytes[p.start..<p.stop], as: UTF8.self).hasPrefix("The  bill"))
        let d = try #require(r.dateline)
        #expect(String(decoding: bytes[d.start..<d.stop], as: UTF8.self) == "WASHINGTON")
    }

    @Test func wrappedOCRLinesAreRejoined() {
        let text = """
         MEDIA RELEASE

         MINISTER FOR IMMIGRATION

         12 October 2005

         NEW CENTRE OPENS IN SYDNEY

         The Minister for Immigration, Mr Smith, said today that the new centre would open

         next month and would serve the growing population of the western suburbs of

         Sydney.

         "It is a great day," Mr Smith said.

        """
        let r = Release.parsing(text)
        #expect(r.kind == "press release")
        #expect(r.headline == "NEW CENTRE OPENS IN SYDNEY")
        #expect(r.date == "2005-10-12")
        #expect(r.paragraphs.count == 2)
        #expect(r.paragraphs.first?.text.hasSuffix("western suburbs of Sydney.") == true)
    }

    /// A hard-wrapped line that ends in a title's full stop (`Dr.`) runs on into the next line:
    /// the quote it holds stays one paragraph and one quote.
    @Test func wrapAfterATitleAbbreviationIsNoParagraphBreak() throws {
        let text = """
        Leaders Welcome the Nominations

        **Senator Jane Roe:** “These nominees have built their careers by putting workers first, and Dr.
        Kugler – who would be the first of her field to serve – reflects the country,” said Roe.

        The vote is expected next month, after the committee meets again with Mr. Doe and his staff.
        """
        let r = Release.parsing(text)
        #expect(r.paragraphs.count == 2)
        let q = try #require(r.quotes.first)
        #expect(q.text.hasSuffix("reflects the country,") || q.text.hasSuffix("reflects the country"))
        #expect(r.speaker(of: q)?.name == "Jane Roe")
    }

    /// A Markdown link wrapped to the start of a line runs on from the line before; a line that
    /// is only a link stays apart.
    @Test func linkWrappedToALineStartRunsOn() throws {
        let text = """
        Leaders Welcome the Nominations

        **Pat Doe, Economist, Example College**: “Congrats to former colleague
        [@ExampleCollege](https://example.org/ExampleCollege) Dean Lee on the nomination by
        [@POTUS](https://example.org/POTUS) for the job! He is an honorable man.”
        [Tweet](https://example.org/status/1)

        The vote is expected next month, after the committee meets again with the nominee.
        """
        let r = Release.parsing(text)
        let q = try #require(r.quotes.first)
        #expect(q.text.hasSuffix("He is an honorable man."))
        #expect(r.speaker(of: q)?.name == "Pat Doe")
        #expect(r.paragraphs.contains { $0.text == "Tweet" })
    }

    @Test func doubleSpacedOneLineBodiesAreSplit() {
        let body = (1...6).map { "Paragraph \($0) says something long enough to matter for the reader of this release today." }
            .joined(separator: "  ")
        let r = Release.parsing("# Acme News\n\nBOSTON, MA, May 1, 2024 /24-7PressRelease/ -- \(body)\n\n---\n\n[Original/Source Press Release](https://example.com)\n")
        #expect(r.paragraphs.count == 6)
        #expect(r.paragraphs[0].text.hasPrefix("Paragraph 1 says"))
        #expect(r.boilerplate.contains { $0.kind == .footer })
    }

    @Test func flattenedBodiesFallBackToSentences() {
        let sentences = (1...30).map { "Sentence number \($0) of a flattened body goes on for a while." }
        let text = "Meeting with the Security Council\n2021-11-26T21:20:00Z\nSochi\n\n" + sentences.joined(separator: " ")
            + " Vladimir Putin: Colleagues, let us begin. We have much to discuss today."
        let r = Release.parsing(text)
        #expect(r.dateline?.place == "Sochi")
        #expect(r.date == "2021-11-26")
        #expect(r.paragraphs.count >= 3)
        #expect(r.paragraphs.last?.text.hasPrefix("Vladimir Putin: Colleagues") == true)
        #expect(r.sentences.count == 32)
    }

    @Test func markdownLinksReadAsTheirText() throws {
        let text = "# Acme News\n\n[Acme Corp](https://acme.example/x?a=1) said ![logo](https://acme.example/l.png) it [grew](https://x.example).\n"
        let r = Release.parsing(text)
        let p = try #require(r.paragraphs.first)
        #expect(p.text == "Acme Corp said it grew.")
        let bytes = Array(text.utf8)
        let at = try #require(find(Array("said".utf8), in: Array(p.text.utf8)))
        let src = p.sourceOffset(ofTextOffset: at)
        #expect(String(decoding: bytes[src..<(src + 4)], as: UTF8.self) == "said")
        let g = try #require(find(Array("grew".utf8), in: Array(p.text.utf8)))
        let gs = p.sourceOffset(ofTextOffset: g)
        #expect(String(decoding: bytes[gs..<(gs + 4)], as: UTF8.self) == "grew")
    }

    private func find(_ needle: [UInt8], in hay: [UInt8]) -> Int? {
        guard hay.count >= needle.count else { return nil }
        for i in 0...(hay.count - needle.count) where Array(hay[i..<(i + needle.count)]) == needle { return i }
        return nil
    }
}
