import Foundation
import PressRelease
import Testing
@testable import Corpus

@Suite struct HTMLReaderTests {
    @Test func breaksEntitiesAndTitleFallback() throws {
        let page = """
        <html><head><title>Minister&#8217;s statement &amp; response</title>
        <meta name="DC.date" content="8 November 2017"></head>
        <body><div id="main-menu"><a>Home</a></div>
        <div class="content">First line<br>second&nbsp;&nbsp;line<br/>
        <b>bold</b>   and <i>italic</i> &mdash; &lt;kept&gt;</div>
        <ul><li>One</li><li>Two</li></ul><div style="display: none">hidden</div>
        <div role="contentinfo">Footer text</div></body></html>
        """
        let page2 = try #require(HTMLExtractor.extract(Array(page.utf8)))
        #expect(page2.title == "Minister’s statement & response")
        #expect(page2.date == "8 November 2017")
        // `<br>` starts a line inside its block; list items are lines of the list's block.
        #expect(page2.paragraphs == ["First line\nsecond line\nbold and italic — <kept>", "• One\n• Two"])
    }

    @Test func articleHeaderKeepsHeadlineAndPageBannerIsDropped() throws {
        let page = """
        <!doctype html><body><header><h1>Site Name</h1></header>
        <article><header><h1>Real headline</h1><time datetime="2022-10-14T08:00">Oct 14</time></header>
        <p>Body paragraph.</p><footer class="article-footer">Tags: x</footer></article></body>
        """
        let extracted = try #require(HTMLExtractor.extract(Array(page.utf8)))
        #expect(extracted.title == "Real headline")
        #expect(extracted.date == "2022-10-14T08:00")
        #expect(extracted.paragraphs == ["Body paragraph."])
    }

    @Test func pageWithoutTextIsReportedNotEmittedEmpty() {
        let scratch = Scratch(); defer { scratch.cleanup() }
        let run = Run([scratch.write("empty.html", "<html><head><script>x()</script></head><body><nav>Menu</nav></body></html>")])
        #expect(run.documents.isEmpty)
        #expect(run.problems.map(\.kind) == [.noText])
    }

    @Test func brokenMarkupFromARealReleaseStillYieldsItsText() throws {
        // Unclosed tags and stray entities around a real release: libxml2 recovers.
        let release = RealRelease.sample(2)[1]
        let body = String(decoding: release.body, as: UTF8.self)
        let page = "<html><body><main><h1>\(Fixtures.escape(release.title))<p><b>\(Fixtures.escape(body)) &bogus; <div></span>"
        let extracted = try #require(HTMLExtractor.extract(Array(page.utf8)))
        #expect(extracted.title == release.title.collapsed)
        #expect(extracted.paragraphs.joined(separator: " ").hasPrefix(body.collapsed))
    }
}

@Suite struct DiscoveryTests {
    @Test func globPatternsExpandInOrder() throws {
        let scratch = Scratch(); defer { scratch.cleanup() }
        let seed = SharedCorpus.bytes(SharedCorpus.seed)
        scratch.write("g/b.txt", seed)
        scratch.write("g/a.txt", seed)
        scratch.write("g/sub/c.txt", seed)
        scratch.write("g/sub/deeper/d.md", seed)
        scratch.write("g/skip.pdf", seed)
        #expect(Run([scratch.path("g") + "/*.txt"]).documents.map(\.path) == ["a.txt", "b.txt"].map { scratch.path("g/" + $0) })
        #expect(Run([scratch.path("g") + "/**/*.txt"]).documents.map(\.path)
                == ["a.txt", "b.txt", "sub/c.txt"].map { scratch.path("g/" + $0) })
        #expect(Run([scratch.path("g") + "/**"]).documents.count == 4)
        let none = Run([scratch.path("g") + "/*.xml"])
        #expect(none.problems.map(\.kind) == [.noMatch])
        #expect(none.summary.inputsSkipped == 1)
    }

    @Test func markdownFrontMatterBecomesMetadata() throws {
        let scratch = Scratch(); defer { scratch.cleanup() }
        let release = RealRelease.sample(1)[0]
        let md = "---\ntitle: \"\(release.title)\"\ndate: \(release.date)\nurl: https://example.org/x\n---\n" + String(decoding: release.body, as: UTF8.self)
        let doc = try #require(Run([scratch.write("release.md", md)]).documents.first)
        #expect(doc.format == "markdown")
        #expect(doc.metadata["title"] == release.title)
        #expect(doc.metadata["url"] == "https://example.org/x")
        #expect(doc.firstLine == 6)
        #expect(doc.bytes == release.bytes)
    }

    @Test func metadataDatesNormalise() {
        #expect(MetadataDate.iso("Tue, 7 Nov 2017 10:00:00 +0000") == "2017-11-07")
        #expect(MetadataDate.iso("2017-11-08T10:00:00Z") == "2017-11-08")
        #expect(MetadataDate.iso("2017/11/08") == "2017-11-08")
        #expect(MetadataDate.iso("November 8, 2017") == "2017-11-08")
        #expect(MetadataDate.iso("8 Sept. 2017") == "2017-09-08")
        #expect(MetadataDate.iso("February 30, 2017") == nil)
        #expect(MetadataDate.iso("Maybe tomorrow") == nil)
    }
}
