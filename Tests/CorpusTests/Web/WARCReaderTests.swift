import Foundation
import PressRelease
import Testing
@testable import Corpus

@Suite struct WARCReaderTests {
    let releases = RealRelease.sample(3)
    var pages: [(uri: String, html: String)] {
        releases.enumerated().map { ("https://www.example.gov/news/\($0.offset)", WebFixtures.agencyPage($0.element)) }
    }

    @Test func eachHTMLResponseIsADocumentAndTheRestIsCounted() throws {
        let scratch = Scratch(); defer { scratch.cleanup() }
        for (name, gzip) in [("crawl.warc", false), ("crawl.warc.gz", true), ("whole.warc.gz", false)] {
            var bytes = WebFixtures.warc(pages, gzipPerRecord: gzip)
            if name == "whole.warc.gz" { bytes = Gzip.compress(bytes) }  // one gzip member for the whole file
            let path = scratch.write(name, bytes)
            let run = Run([path])
            #expect(run.documents.count == 3, "\(name): \(run.problems)")
            // warcinfo, then request/response/metadata per page: responses are records 3, 6, 9.
            #expect(run.documents.map(\.record) == [3, 6, 9])
            #expect(run.documents.map { $0.metadata["url"] } == pages.map(\.uri))
            for (doc, r) in zip(run.documents, releases) {
                #expect(doc.path == path)
                #expect(doc.metadata["date"] == r.date)  // the page's own date, not the capture date
                #expect(doc.metadata["canonical"] == "https://www.example.gov/newsroom/\(r.date)/release")
                let plain = ReleaseParser().parse(SourceDocument(path: r.path, bytes: r.bytes))
                let archived = ReleaseParser().parse(doc)
                #expect(archived.quotes.map(\.text.collapsed) == plain.quotes.map(\.text.collapsed))
                #expect(archived.headline?.collapsed == r.title.collapsed)
            }
            let passed = try #require(run.problems.first { $0.kind == .notPage })
            #expect(passed.severity == .warning)
            #expect(passed.reason.contains("passed over 8 WARC records"), "\(passed.reason)")
            #expect(passed.reason.contains("request: 3") && passed.reason.contains("metadata: 3") && passed.reason.contains("image/png"))
            #expect(run.summary.inputsRead == 1)
        }
    }

    @Test func captureDateAndTargetURIFillWhatThePageDoesNotSay() throws {
        let scratch = Scratch(); defer { scratch.cleanup() }
        let r = releases[0]
        let bare = "<html><body><div><p>\(Fixtures.escape(WebFixtures.paragraphs(r).joined(separator: "</p><p>")))</p></div></body></html>"
        let http = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n".utf8)
            + chunked(Array(bare.utf8))
        let bytes = WebFixtures.record("response", uri: "<https://www.example.gov/bare>", contentType: "application/http; msgtype=response",
                                       block: http, date: "2023-02-01T12:00:00Z")
        let doc = try #require(Run([scratch.write("bare.warc", bytes)]).documents.first)
        #expect(doc.metadata["url"] == "https://www.example.gov/bare")
        #expect(doc.metadata["date"] == "2023-02-01")
        #expect(String(decoding: doc.bytes, as: UTF8.self).collapsed.contains(WebFixtures.paragraphs(r)[0].collapsed))
    }

    @Test func truncatedArchiveIsNamedAndWhatWasReadIsKept() throws {
        let scratch = Scratch(); defer { scratch.cleanup() }
        for gzip in [true, false] {
            let whole = WebFixtures.warc(pages, gzipPerRecord: gzip)
            // Cut inside the third page's response (records are about equal in size).
            let cut = Array(whole.prefix(whole.count * 78 / 100))
            let path = scratch.write(gzip ? "cut.warc.gz" : "cut.warc", cut)
            let run = Run([path])
            #expect(run.documents.count >= 2, "\(run.problems)")
            #expect(run.documents.prefix(2).map(\.record) == [3, 6])
            let truncated = run.problems.filter { $0.kind == .truncated }
            #expect(truncated.count == 1, "\(run.problems)")
            #expect(truncated.first?.path == path)
            #expect(truncated.first?.description.contains("truncated") == true || truncated.first?.description.contains("ends") == true)
        }
    }

    @Test func fileThatIsNoArchiveIsSkippedAndNamed() {
        let scratch = Scratch(); defer { scratch.cleanup() }
        let path = scratch.write("notes.warc", "these are my crawl notes\n")
        let run = Run([path])
        #expect(run.documents.isEmpty)
        #expect(run.problems.map(\.kind) == [.malformed])
        #expect(run.summary.inputsSkipped == 1)
    }

    private func chunked(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let n = min(700, bytes.count - i)
            out += Array("\(String(n, radix: 16))\r\n".utf8) + bytes[i..<i + n] + [0x0D, 0x0A]
            i += n
        }
        return out + Array("0\r\n\r\n".utf8)
    }
}
