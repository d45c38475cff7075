import Foundation
import Testing
@testable import Corpus

/// Each heuristic of the main-content extractor on the page shape it exists for, with prose
/// from real releases (never a saved page).
@Suite struct ExtractionShapeTests {
    let release = RealRelease.sample(2)[1]
    var prose: [String] { WebFixtures.paragraphs(release) }
    var paragraphsHTML: String { prose.map { "<p>\(Fixtures.escape($0))</p>" }.joined(separator: "\n") }

    func extract(_ html: String) throws -> [String] {
        try #require(HTMLExtractor.extract(Array(html.utf8))).paragraphs
    }

    func links(_ n: Int, _ label: String) -> String {
        (1...n).map { "<li><a href=\"/\($0)\">\(label) story number \($0) about the latest committee news</a></li>" }.joined()
    }

    @Test func proseIsARealReleaseOfSeveralParagraphs() {
        #expect(prose.count >= 3)
    }

    @Test func namedBodyContainerWinsOverLongerComments() throws {
        let comments = (1...30).map { "<div class=\"comment-body\"><p>Reader \($0) writes at length, and with commas, about other things entirely, as readers do.</p></div>" }.joined()
        let page = "<html><body><div class=\"wrap\"><div itemprop=\"articleBody\">\(paragraphsHTML)</div>"
            + "<div id=\"discussion\"><h3>Discussion</h3>\(comments)</div></div></body></html>"
        let out = try extract(page)
        #expect(out == prose)
    }

    @Test func divSoupIsScoredAndLinkListsLose() throws {
        // No semantic container at all: Readability's scoring finds the cluster of prose.
        let page = "<html><body><div><div><ul>\(links(12, "Menu"))</ul></div><div><div>\(paragraphsHTML)</div></div>"
            + "<div><ul>\(links(8, "Popular"))</ul></div></div></body></html>"
        #expect(try extract(page) == prose)
    }

    @Test func containerWithTooLittleFallsBackToTheScoredBody() throws {
        // The CMS body field holds a teaser only; the release sits in an unnamed column.
        let teaser = "<div class=\"entry-content\"><p>\(Fixtures.escape(String(prose[0].prefix(160))))</p></div>"
        let page = "<html><body>\(teaser)<div class=\"col\">\(paragraphsHTML)</div></body></html>"
        let out = try extract(page)
        #expect(out.suffix(prose.count) == prose[...])
    }

    @Test func furnitureInsideTheArticleIsDropped() throws {
        let page = """
        <html><body><article><h1>Headline</h1>
        <div class="social-share"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
        <div class="cookie-notice">This site uses cookies.</div>
        \(paragraphsHTML)
        <div class="newsletter"><p>Sign up for our newsletter to get the news first.</p></div>
        <div class="relatedPosts"><h3>Related</h3><ul>\(links(4, "Related"))</ul></div>
        <p>Advertisement</p><footer>Tags: a, b</footer></article></body></html>
        """
        #expect(try extract(page) == prose)
    }

    @Test func stateClassesOnWrappersDoNotDropThem() throws {
        let page = "<html><body><div id=\"content\" class=\"site-content has-sidebar modal-enabled\"><div class=\"story\">\(paragraphsHTML)</div></div>"
            + "<div class=\"sidebar\"><p>Elsewhere on the site, a long paragraph that is not part of the release at all.</p></div></body></html>"
        #expect(try extract(page) == prose)
    }

    @Test func blocksKeepTheirLineStructure() throws {
        let page = """
        <html><body><main><h2>Key facts</h2><ul><li>First point</li><li>Second <b>point</b></li></ul>
        <table><tr><th>Year</th><th>Amount</th></tr><tr><td>2023</td><td>$4 million</td></tr></table>
        <blockquote><p>A quoted paragraph.</p></blockquote>
        <p>Contact:<br>Jane Roe<br>202-555-0100</p><p>One<br><br>Two</p>\(paragraphsHTML)</main></body></html>
        """
        let out = try extract(page)
        #expect(Array(out.prefix(7)) == ["Key facts", "• First point\n• Second point", "Year | Amount\n2023 | $4 million",
                                         "A quoted paragraph.", "Contact:\nJane Roe\n202-555-0100", "One", "Two"])
    }

    @Test func scriptRenderedBodyComesFromJSONLD() throws {
        let body = prose.joined(separator: "\n")
        let json = String(decoding: try JSONSerialization.data(withJSONObject: ["@type": "NewsArticle", "headline": "H", "articleBody": body]), as: UTF8.self)
        let page = "<html><head><script type=\"application/ld+json\">\(json)</script></head><body><div id=\"app\"></div><script>render()</script></body></html>"
        #expect(try extract(page) == prose)
    }

    @Test func scriptStyleAndCommentTextNeverReachesTheBody() throws {
        // Upper-case tags, markup inside strings, a closing tag with a space, an unclosed comment at the end.
        let page = "<html><head><STYLE type=\"text/css\">p::before{content:\"<p>style text</p>\"}</STYLE ></head><body><main>"
            + "<script>document.write('<p>script text</p>');</script><!-- <p>comment text</p> -->\(paragraphsHTML)"
            + "<SCRIPT LANGUAGE=\"x>y\">var s = \"</div></main>\";</SCRIPT></main></body></html><!-- <p>unclosed"
        #expect(try extract(page) == prose)
    }

    @Test func paywallWrappedParagraphsAreBody() throws {
        // News sites put the part of the story past the fold in a `paywall` block, text included.
        let page = "<html><body><article><p>\(Fixtures.escape(prose[0]))</p><div class=\"paywall\">"
            + prose.dropFirst().map { "<p>\(Fixtures.escape($0))</p>" }.joined() + "</div></article></body></html>"
        #expect(try extract(page) == prose)
    }

    @Test func anArticleHoldingArticlesIsAFeedNotThePost() throws {
        // "You may also like": an article of post teasers after the post, longer than the post itself.
        let teasers = (1...6).map { "<article class=\"post\"><h2>Another post \($0)</h2><p>Reader \($0) writes at length, and with commas, about other things entirely, as readers do, for a long while.</p></article>" }.joined()
        let page = "<html><body><div id=\"primary\"><article class=\"post hentry\">\(paragraphsHTML)</article>"
            + "<article class=\"postbox\"><h3>You may also like</h3>\(teasers)</article></div></body></html>"
        let out = try extract(page)
        #expect(out == prose, "\(out)")
    }

    @Test func looseTextBesideBlocksIsScored() throws {
        // Old CMS templates: a title paragraph, then the story as bare text and <br>s in the column.
        let story = prose.map(Fixtures.escape).joined(separator: "<br><br>\n")
        let menu = "<div class=\"col-md-3\"><ul>\(links(20, "Archive"))</ul></div>"
        let page = "<html><body><div class=\"row\">\(menu)<div class=\"col-md-9\"><p class=\"titulo\">Title</p><small>05/10/2018</small><br><br>"
            + "<img src=\"a.jpg\">\(story)</div></div><div class=\"row\"><p>CNPJ: 83.102.459/0001-23 - Rua Walter, 1111 - Fone: (047) 2106-8000</p></div></body></html>"
        #expect(try extract(page).suffix(prose.count) == prose[...])
    }

    @Test func captionsAndGalleriesInsideTheArticleAreDropped() throws {
        // News templates draw photos as spans and list items, not <figure>: their captions and credits are not the story.
        let gallery = "<ul class=\"hst-resgallery\"><li class=\"item\"><div class=\"img-wrap\"><span class=\"caption-text\">The minister, left, and her counterpart shake hands before their meeting in the capital.</span>"
            + "<span class=\"credit\">Photo: Staff photographer, Agency</span></div></li></ul>"
        let page = "<html><body><article>\(gallery)<p>\(Fixtures.escape(prose[0]))</p><span class=\"newsCaption\">Crowds gathered outside the hall (Image: Agency)</span>"
            + prose.dropFirst().map { "<p>\(Fixtures.escape($0))</p>" }.joined() + "</article></body></html>"
        #expect(try extract(page) == prose)
    }
}
