import Testing
@testable import PressRelease

/// Two header shapes of crawled news and police pages (invented texts in their shapes): a wire in
/// brackets after a mixed-case place with no dash, and Markdown headings holding links.
@Suite struct BracketWireAndMarkdownHeaderTests {
    @Test func bracketedWireAfterAPlaceOpensTheSentence() throws {
        let r = Release.parsing("Ferry Service Resumes\n\nPort Louis, Mauritius (CNN) The island's ferry service resumed on Monday after a week of storms.\n\nMore text.\n")
        let d = try #require(r.dateline)
        #expect(d.place == "Port Louis, Mauritius")
        #expect(d.agency == "CNN")
        #expect(r.paragraphs.first?.text.hasPrefix("The island's ferry") == true)
        let business = Release.parsing("Shares Slide\n\nOslo (CNN Business) In a sharp turn, shares of the carmaker fell on Tuesday.\n")
        #expect(business.dateline?.place == "Oslo")
        #expect(business.dateline?.agency == "CNN Business")
    }

    @Test func abbreviationAfterAnOfficeNameIsNoWire() {
        // the capitals in brackets are the initials of the words before them: a name, not a dateline
        let r = Release.parsing("Secretary Visits Plant\n\nActing Fisheries and Ocean Services (FOS) Secretary Jan Doe visited the plant on Friday.\n")
        #expect(r.dateline == nil)
        #expect(r.paragraphs.first?.text.hasPrefix("Acting Fisheries") == true)
    }

    @Test func wireFollowedByAWeekdayDateStaysOneDateline() throws {
        let r = Release.parsing("Clinic Opens\n\nSpringfield, IL (Newsworthy.ai) Friday Nov 24, 2023 @ 9:00 AM Central — The clinic opened today.\n")
        let d = try #require(r.dateline)
        #expect(d.date == "2023-11-24")
        #expect(r.paragraphs.first?.text.hasPrefix("The clinic opened") == true)
    }

    @Test func markdownHeadingLinksReadAsText() {
        let r = Release.parsing("# [Street closure for bridge work](https://example.org/news/2022/6/2/street-closure)\n\n## June 2, 2022 [Pat Doe](https://example.org/news?author=1)\n\nThe street will close for two weeks while crews repair the bridge deck.\n")
        #expect(r.headline == "Street closure for bridge work")
        #expect(r.date == "2022-06-02")
        #expect(r.paragraphs.first?.text.hasPrefix("The street will close") == true)
    }
}
