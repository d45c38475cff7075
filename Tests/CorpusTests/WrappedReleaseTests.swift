import Foundation
import PressRelease
import Testing
@testable import Corpus

/// Item 6: real releases wrapped in every container format must parse to the same headline,
/// date and paragraphs as the plain file they came from.
@Suite struct WrappedReleaseTests {
    let releases = RealRelease.sample()

    func expectSame(_ wrapped: SourceDocument, as plainPath: String, collapsed: Bool = false,
                    sourceLocation: SourceLocation = #_sourceLocation) {
        let plain = ReleaseParser().parse(SourceDocument(path: plainPath, bytes: SharedCorpus.bytes(URL(fileURLWithPath: plainPath))))
        // The layout alone must carry what the plain file carries: parse without the container's metadata.
        var bare = wrapped
        bare.metadata = [:]
        let other = ReleaseParser().parse(bare)
        #expect(other.headline?.collapsed == plain.headline?.collapsed, "headline of \(wrapped.id)", sourceLocation: sourceLocation)
        #expect(other.date == plain.date, "date of \(wrapped.id)", sourceLocation: sourceLocation)
        let a = plain.paragraphs.map { collapsed ? $0.text.collapsed : $0.text }
        let b = other.paragraphs.map { collapsed ? $0.text.collapsed : $0.text }
        #expect(b == a, "paragraphs of \(wrapped.id)", sourceLocation: sourceLocation)
        #expect(!a.isEmpty)
    }

    @Test func sampleIsReal() {
        #expect(releases.count == 5)
    }

    @Test func ndjsonRecordsMatchPlainFiles() throws {
        let scratch = Scratch(); defer { scratch.cleanup() }
        let path = scratch.write("releases.ndjson", Fixtures.ndjson(releases))
        let run = Run([path])
        #expect(run.problems.isEmpty, "\(run.problems)")
        #expect(run.documents.count == releases.count)
        for (i, (doc, release)) in zip(run.documents, releases).enumerated() {
            #expect(doc.record == i + 1)
            #expect(doc.firstLine == i + 1)
            #expect(doc.format == "jsonl")
            #expect(doc.metadata["title"] == release.title)
            #expect(doc.metadata["date"] == release.date)
            #expect(doc.metadata["source"] == "congress-us")
            // The plain corpus files were laid out from the same fields, so the bytes agree too.
            #expect(doc.bytes == release.bytes)
            expectSame(doc, as: release.path)
        }
    }

    @Test func mboxMessagesMatchPlainFiles() throws {
        let scratch = Scratch(); defer { scratch.cleanup() }
        let mbox = Fixtures.mbox(releases)
        let path = scratch.write("press.mbox", mbox)
        let run = Run([path])
        #expect(run.problems.isEmpty, "\(run.problems)")
        #expect(run.documents.count == releases.count)
        let fromLines = ByteLines.all(mbox).filter { mbox[$0.range].starts(with: Array("From press".utf8)) }.map(\.number)
        for (i, (doc, release)) in zip(run.documents, releases).enumerated() {
            #expect(doc.record == i + 1)
            #expect(doc.firstLine == fromLines[i])
            #expect(doc.format == "email")
            #expect(doc.metadata["title"] == release.title)
            #expect(doc.metadata["date"] == release.date)
            #expect(doc.metadata["sender"] == "\"Press Office \(i + 1)\" <press@example.gov>")
            expectSame(doc, as: release.path)
        }
    }

    @Test func htmlPageMatchesPlainFile() throws {
        let scratch = Scratch(); defer { scratch.cleanup() }
        for (i, release) in releases.enumerated() {
            let path = scratch.write("page\(i).html", Fixtures.html(release))
            let run = Run([path])
            #expect(run.problems.isEmpty, "\(run.problems)")
            guard let doc = run.documents.first else { Issue.record("no document from \(path)"); continue }
            #expect(doc.record == nil)
            #expect(doc.metadata["title"] == release.title.collapsed)
            #expect(doc.metadata["date"] == release.date)
            #expect(doc.metadata["url"] == "https://example.gov/news/\(release.date)")
            #expect(doc.metadata["source"] == "Congress Press Office")
            let text = String(decoding: doc.bytes, as: UTF8.self)
            for furniture in ["Share on Facebook", "Recent news", "Privacy policy", "not text", "Issues", "font-family"] {
                #expect(!text.contains(furniture), "\(furniture) leaked into \(path)")
            }
            expectSame(doc, as: release.path, collapsed: true)
        }
    }

    @Test func gzipOfEachFormatReadsLikeTheOriginal() throws {
        let scratch = Scratch(); defer { scratch.cleanup() }
        let originals = [
            scratch.write("a.ndjson", Fixtures.ndjson(releases)),
            scratch.write("b.mbox", Fixtures.mbox(releases)),
            scratch.write("c.html", Fixtures.html(releases[0])),
            scratch.write("d.txt", releases[1].bytes),
        ]
        for original in originals {
            let gz = scratch.write((original as NSString).lastPathComponent + ".gz",
                                   Gzip.compress(SharedCorpus.bytes(URL(fileURLWithPath: original))))
            let plain = Run([original]), packed = Run([gz])
            #expect(packed.problems.isEmpty, "\(packed.problems)")
            #expect(packed.documents.map(\.bytes) == plain.documents.map(\.bytes), "\(gz)")
            #expect(packed.documents.map(\.metadata) == plain.documents.map(\.metadata))
            #expect(packed.documents.map(\.record) == plain.documents.map(\.record))
            #expect(!packed.documents.isEmpty)
        }
    }

    @Test func mixedTreeIsReadInPathOrder() throws {
        let scratch = Scratch(); defer { scratch.cleanup() }
        scratch.write("tree/2-mail/press.mbox.gz", Gzip.compress(Fixtures.mbox(releases)))
        scratch.write("tree/1-web/page.htm", Fixtures.html(releases[2]))
        scratch.write("tree/3-text/plain.txt", releases[3].bytes)
        scratch.write("tree/3-text/notes.pdf", Array("%PDF-1.4".utf8))
        scratch.write("tree/.hidden/skip.txt", releases[4].bytes)
        let run = Run([scratch.path("tree")])
        // The PDF is no input format: passed over and counted by extension, not read and not a failure.
        #expect(run.problems.map(\.kind) == [.unknownType], "\(run.problems)")
        #expect(run.summary.unknownTypes == [".pdf": 1])
        #expect(run.summary.exitStatus(strict: true) == CorpusExitStatus.ok)
        #expect(run.documents.map(\.format) == ["html"] + Array(repeating: "email", count: releases.count) + ["text"])
        #expect(run.summary.inputsRead == 3)
        #expect(run.summary.documents == releases.count + 2)
        #expect(run.documents.first?.path == scratch.path("tree") + "/1-web/page.htm")
    }
}
