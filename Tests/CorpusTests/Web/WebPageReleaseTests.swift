import Foundation
import PressRelease
import Testing
@testable import Corpus

/// A saved agency page must yield what the same release yields as text: the release parser runs
/// on the extracted body, so dateline, quotes and speakers are the text version's.
@Suite struct WebPageReleaseTests {
    /// Real releases whose text version has a dateline place and quotes (so the test can fail).
    static let releases: [RealRelease] = {
        let files = SharedCorpus.files(in: "congress-us")
        var out: [RealRelease] = []
        for url in files.prefix(200) {
            guard let r = RealRelease(url) else { continue }
            let parsed = ReleaseParser().parse(SourceDocument(path: r.path, bytes: r.bytes))
            if parsed.dateline?.place != nil, parsed.quotes.count >= 2 { out.append(r) }
            if out.count == 6 { break }
        }
        return out
    }()

    /// The page's release has the text version's dateline place, quotes, speakers and headline.
    func expectTextVersion(of r: RealRelease, from doc: SourceDocument) {
        let text = ReleaseParser().parse(SourceDocument(path: r.path, bytes: r.bytes))
        let page = ReleaseParser().parse(doc)
        #expect(page.dateline?.place == text.dateline?.place, "dateline of \(r.path)")
        #expect(page.quotes.map(\.text.collapsed) == text.quotes.map(\.text.collapsed), "quotes of \(r.path)")
        let speakers = { (rel: Release) in rel.quotes.map { q in q.speakerIndex.map { rel.people[$0].name } } }
        #expect(speakers(page) == speakers(text), "speakers of \(r.path)")
        #expect(page.headline?.collapsed == r.title.collapsed)
    }

    @Test func savedPageYieldsTheTextVersionsDatelineQuotesAndSpeakers() throws {
        #expect(Self.releases.count == 6)
        let scratch = Scratch(); defer { scratch.cleanup() }
        for (i, r) in Self.releases.enumerated() {
            let doc = try #require(Run([scratch.write("release\(i).html", WebFixtures.agencyPage(r))]).documents.first)
            expectTextVersion(of: r, from: doc)
            #expect(doc.metadata["date"] == r.date)
            #expect(doc.metadata["source"] == "Office of Communications")
            #expect(doc.metadata["url"] == "https://www.example.gov/newsroom/\(r.date)/release")
            let body = String(decoding: doc.bytes, as: UTF8.self)
            for furniture in ["cookies", "Skip to main", "Newsroom", "Facebook", "Related Press Releases", "internship",
                              "Subscribe", "Privacy Policy", "100 Main Street", "tracking", "Call us weekdays", "For Immediate Release"] {
                #expect(!body.contains(furniture), "\(furniture) leaked from the page of \(r.path)")
            }
        }
    }

    @Test func wordpressMemberPageYieldsTheTextVersion() throws {
        let scratch = Scratch(); defer { scratch.cleanup() }
        for (i, r) in Self.releases.enumerated() {
            let doc = try #require(Run([scratch.write("post\(i).html", WebFixtures.wordpressPage(r))]).documents.first)
            expectTextVersion(of: r, from: doc)
            #expect(doc.metadata["date"] == r.date)
            #expect(doc.metadata["source"] == "Congressman Example")
            #expect(doc.metadata["url"] == "https://example.house.gov/media/press-releases/\(r.date)")
            let body = String(decoding: doc.bytes, as: UTF8.self)
            for furniture in ["Media Center", "Posted in", "Previous:", "Recent Posts", "water treatment", "Cannon House"] {
                #expect(!body.contains(furniture), "\(furniture) leaked from the page of \(r.path)")
            }
        }
    }

    /// The corpus's one sentence of Ukrainian prose (found, not copied), opening and closing a
    /// release body: prose in Cyrillic (or Hangul, Kana…) is body, not debris for want of ASCII letters.
    @Test func proseInOtherScriptsIsBody() throws {
        let ukraine = SharedCorpus.files(in: "kremlin-ukraine").map { String(decoding: SharedCorpus.bytes($0), as: UTF8.self) }
        let cyrillic = { (s: Substring) in s.unicodeScalars.filter { (0x400...0x4FF).contains($0.value) }.count }
        let sentence = try #require(ukraine.lazy.flatMap { $0.split(separator: "\n").flatMap { $0.split(separator: ". ") } }
            .first { cyrillic($0) > 30 && cyrillic($0) * 2 > $0.count })
        let trimmed = String(sentence).trimmingCharacters(in: .whitespaces)
        let line = trimmed.hasSuffix(".") ? trimmed : trimmed + "."   // a line without its stop is a subheadline
        var r = try #require(Self.releases.first)
        r.body = Array((line + "\n\n" + String(decoding: r.body, as: UTF8.self) + "\n\n" + line + "\n").utf8)
        let scratch = Scratch(); defer { scratch.cleanup() }
        let doc = try #require(Run([scratch.write("page.html", WebFixtures.agencyPage(r))]).documents.first)
        let paragraphs = ReleaseParser().parse(doc).paragraphs.map(\.text)
        #expect(paragraphs.first == line)
        #expect(paragraphs.last == line)
    }
}
