import Foundation
import Testing
@testable import Corpus

/// Headline, date, site and canonical URL from each place pages state them, most reliable first.
@Suite struct PageMetadataTests {
    let body = "<p>" + Fixtures.escape(WebFixtures.paragraphs(RealRelease.sample(1)[0]).joined(separator: "</p><p>")) + "</p>"

    func page(head: String = "", top: String = "") throws -> HTMLPage {
        try #require(HTMLExtractor.extract(Array("<html><head>\(head)</head><body><article>\(top)\(body)</article></body></html>".utf8)))
    }

    @Test func headlineWithoutTheSiteSuffix() throws {
        #expect(try page(head: "<title>Senator backs the bill | Office of Senator Doe</title>").title == "Senator backs the bill")
        #expect(try page(head: "<meta property=\"og:site_name\" content=\"Ministry of Health\"><meta property=\"og:title\" content=\"Ministry of Health - Clinics open early\">").title
                == "Clinics open early")
        #expect(try page(head: "<title>Clinics open early – Ministry of Health</title><meta property=\"og:site_name\" content=\"Ministry of Health\">").title
                == "Clinics open early")
        // The visible <h1> tells which part of a dashed title is the headline.
        #expect(try page(head: "<title>Budget - Deficit falls - Treasury</title>", top: "<h1>Budget - Deficit falls</h1>").title == "Budget - Deficit falls")
        let ld = "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebPage\",\"name\":\"Newsroom\"},{\"@type\":\"NewsArticle\",\"headline\":\"Grants announced\",\"datePublished\":\"2021-03-04T09:00:00Z\"}]}</script>"
        // Entities escaped twice in the page's metadata are decoded.
        #expect(try page(head: "<meta property=\"og:title\" content=\"&amp;#8216;Clean&amp;#8217; water &amp;amp; parks\">").title == "\u{2018}Clean\u{2019} water & parks")
        let fromLD = try page(head: ld + "<title>Newsroom</title>")
        #expect(fromLD.title == "Grants announced")
        #expect(fromLD.date.flatMap(MetadataDate.iso) == "2021-03-04")
    }

    @Test func dateFromEachPlaceAPageStatesIt() throws {
        func date(_ head: String, _ top: String = "", url: String? = nil) throws -> String? {
            let link = url.map { "<link rel=\"canonical\" href=\"\($0)\">" } ?? ""
            return try page(head: head + link, top: top).date.flatMap(MetadataDate.iso)
        }
        #expect(try date("<meta property=\"article:published_time\" content=\"2020-06-01T10:00:00+02:00\">") == "2020-06-01")
        #expect(try date("<meta name=\"DC.date.issued\" content=\"2019-12-24\">") == "2019-12-24")
        #expect(try date("", "<p class=\"byline\">By Staff <time datetime=\"2018-02-03\">Feb 3</time></p>") == "2018-02-03")
        #expect(try date("", "<span itemprop=\"datePublished\" content=\"2017-07-07\">July 7</span>") == "2017-07-07")
        #expect(try date("", "<div class=\"post-date\">Posted on March 9, 2016</div>") == "2016-03-09")
        // The visible release block: a date-only line above the body, left out of the body.
        let block = try page(top: "<p>FOR IMMEDIATE RELEASE</p><p>October 12, 2022</p>")
        #expect(block.date.flatMap(MetadataDate.iso) == "2022-10-12")
        #expect(!block.paragraphs.contains("October 12, 2022"))
        #expect(try date("", url: "https://www.example.gov/news/2015/04/30/release-title") == "2015-04-30")
        #expect(try date("", url: "https://www.example.org/statements/2019/nov/18/claim-checked") == "2019-11-18")
        #expect(try date("", "<input class=\"published_date\" type=\"hidden\" value=\"2019-11-18 23:41:18\">") == "2019-11-18")
        // Silent on publication, the page's last change is the date; a stated publication date wins over it.
        #expect(try date("<meta http-equiv=\"Last-Modified\" content=\"2019-11-20T01:41:20+05:30\">") == "2019-11-20")
        #expect(try date("<meta property=\"article:modified_time\" content=\"2020-01-05\"><meta name=\"pubdate\" content=\"2019-12-31\">") == "2019-12-31")
        #expect(try date("") == nil)
    }

    @Test func siteAndCanonicalURL() throws {
        let a = try page(head: "<link rel=\"canonical\" href=\"https://www.example.gov/news/x\"><meta property=\"og:url\" content=\"https://m.example.gov/x\">")
        #expect(a.url == "https://www.example.gov/news/x")
        #expect(a.source == "www.example.gov")
        let b = try page(head: "<meta property=\"og:site_name\" content=\"Department of Examples\"><meta property=\"og:url\" content=\"https://m.example.gov/x\">")
        #expect(b.url == "https://m.example.gov/x")
        #expect(b.source == "Department of Examples")
    }
}
