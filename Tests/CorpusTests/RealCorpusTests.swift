import Foundation
import PressRelease
import Testing
@testable import Corpus

/// The whole shared corpus through `Corpus`, and multi-release files built from it.
@Suite struct RealCorpusTests {
    @Test func everyRealReleaseIsReadWholeAndIndexFilesAreIgnored() throws {
        let run = Run([SharedCorpus.real.path])
        let expected = ["congress-us", "corporate-wires", "au-parliament", "kremlin-ukraine"]
            .reduce(0) { $0 + SharedCorpus.files(in: $1).count }
        #expect(expected == 1165)
        // No single release may be split in two by the multi-release rules.
        let texts = run.documents.filter { $0.path.hasSuffix(".txt") }
        #expect(texts.count == expected)
        #expect(texts.allSatisfy { $0.record == nil && $0.firstLine == 1 && $0.format == "text" })
        #expect(run.documents.count == expected, "SOURCES.md is documentation, not a release")
        // SOURCES.md and the four metadata index.jsonl files: passed over, counted, not failures.
        #expect(run.problems.count == 5)
        #expect(run.problems.allSatisfy { $0.severity == .ignored && $0.kind == .notRelease })
        #expect(run.problems.filter { $0.path.hasSuffix("index.jsonl") }.count == 4)
        #expect(run.summary.inputsRead == expected)
        #expect(run.summary.inputsIgnored == 5)
        #expect(run.summary.exitStatus(strict: true) == CorpusExitStatus.ok)
        let paths = run.documents.map(\.path)
        #expect(paths == paths.sorted())
    }

    @Test func indexFileNamedExplicitlyIsSkippedWithAHint() {
        let index = SharedCorpus.real.appendingPathComponent("congress-us/index.jsonl").path
        let run = Run([index])
        #expect(run.problems.count == 1)
        #expect(run.problems.first?.severity == .skipped)
        #expect(run.problems.first?.reason.contains("no record has a text field") == true)
        #expect(run.problems.first?.line == 1)
    }

    /// Long enough on both sides of every split (the splitter requires substance).
    func substantial(_ count: Int) -> [RealRelease] {
        SharedCorpus.files(in: "congress-us").lazy.compactMap(RealRelease.init)
            .filter { String(decoding: $0.body, as: UTF8.self).split(separator: " ").count > 120 }
            .prefix(count).map { $0 }
    }

    func expectSplit(_ joined: [UInt8], into releases: [RealRelease], separatorLines: Int,
                     sourceLocation: SourceLocation = #_sourceLocation) {
        let scratch = Scratch(); defer { scratch.cleanup() }
        let path = scratch.write("several.txt", joined)
        let run = Run([path])
        #expect(run.problems.isEmpty, sourceLocation: sourceLocation)
        #expect(run.documents.count == releases.count, sourceLocation: sourceLocation)
        var line = 1
        for (i, (doc, release)) in zip(run.documents, releases).enumerated() {
            #expect(doc.record == i + 1, sourceLocation: sourceLocation)
            #expect(doc.firstLine == line, "record \(i + 1)", sourceLocation: sourceLocation)
            line += ByteLines.all(release.bytes).count + separatorLines
            let plain = ReleaseParser().parse(SourceDocument(path: release.path, bytes: release.bytes))
            let part = ReleaseParser().parse(doc)
            #expect(part.headline == plain.headline, sourceLocation: sourceLocation)
            #expect(part.paragraphs.first?.text == plain.paragraphs.first?.text, sourceLocation: sourceLocation)
        }
    }

    func join(_ releases: [RealRelease], with separator: String) -> [UInt8] {
        var out: [UInt8] = []
        for (i, r) in releases.enumerated() {
            if i > 0 { out += Array(separator.utf8) }
            out += r.bytes
            if out.last != 0x0A { out.append(0x0A) }
        }
        return out
    }

    @Test func splitsOnEndMarksFollowedByAHeadline() {
        let releases = substantial(4)
        expectSplit(join(releases, with: "\n###\n\n"), into: releases, separatorLines: 3)
        expectSplit(join(releases, with: "- 30 -\n"), into: releases, separatorLines: 1)
    }

    @Test func splitsOnFormFeeds() {
        let releases = substantial(3)
        expectSplit(join(releases, with: "\u{0C}\n"), into: releases, separatorLines: 1)
        let scratch = Scratch(); defer { scratch.cleanup() }
        let run = Run([scratch.write("ff.txt", join(releases, with: "\u{0C}"))])
        #expect(run.documents.count == 3)
        #expect(run.documents.allSatisfy { !$0.bytes.contains(0x0C) })
        #expect(run.documents.dropFirst().map(\.firstLine) == run.documents.dropFirst().map(\.firstLine).sorted())
    }

    @Test func splitsOnRepeatedReleaseHeaders() throws {
        let releases = substantial(3)
        var joined: [UInt8] = []
        for r in releases {
            joined += Array("FOR IMMEDIATE RELEASE\n".utf8) + r.bytes
            if joined.last != 0x0A { joined.append(0x0A) }
        }
        let scratch = Scratch(); defer { scratch.cleanup() }
        let run = Run([scratch.write("wire.txt", joined)])
        #expect(run.documents.count == 3)
        #expect(run.documents.map { ReleaseParser().parse($0).headline } == releases.map(\.title))
        #expect(run.documents.map { ReleaseParser().parse($0).kind } == ["press release", "press release", "press release"])
    }

    @Test func webDebrisAfterAnEndMarkDoesNotSplit() throws {
        let r = try #require(substantial(1).first)
        let scratch = Scratch(); defer { scratch.cleanup() }
        let debris = "\n###\n\nNext Article\nPrevious Article\nPrint\nContact: Press Office, 202-555-0100, press@example.gov\n"
        let run = Run([scratch.write("one.txt", r.bytes + Array(debris.utf8))])
        #expect(run.documents.count == 1)
        #expect(run.documents.first?.record == nil)
    }
}
