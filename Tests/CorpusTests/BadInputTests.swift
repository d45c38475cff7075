import Foundation
import PressRelease
import Testing
import TestSupport
@testable import Corpus

/// Item 3: every kind of bad input gives one clear message naming the file (and line), the rest
/// of the corpus is still read, and the summary and exit status say what happened.
@Suite struct BadInputTests {
    let seed = SharedCorpus.bytes(SharedCorpus.seed)

    @Test func badInputsAreNamedAndTheRestIsRead() throws {
        let scratch = Scratch(); defer { scratch.cleanup() }
        let good = scratch.write("a-good.txt", seed)
        let binary = scratch.write("b-binary.txt", [0x00, 0x01, 0x02, 0xFF] + Array(repeating: 0, count: 100))
        let pdf = scratch.write("c-report.txt", Array("%PDF-1.7\n".utf8) + seed)
        let empty = scratch.write("d-empty.txt", [])
        let blank = scratch.write("e-blank.txt", " \n\t\n\r\n")
        let truncated = scratch.write("f-cut.txt.gz", Array(Gzip.compress(seed).dropLast(40)))
        let link = scratch.path("g-broken.txt")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: scratch.path("nowhere.txt"))
        let missing = scratch.path("h-missing.txt")
        let run = Run([good, binary, pdf, empty, blank, truncated, link, missing])

        #expect(run.documents.map(\.path) == [good])
        let byPath = Dictionary(grouping: run.problems, by: \.path)
        for path in [binary, pdf, empty, blank, truncated, link, missing] {
            #expect(byPath[path]?.count == 1, "one message for \(path): \(run.problems)")
            #expect(byPath[path]?.first?.severity == .skipped)
        }
        #expect(byPath[binary]?.first?.kind == .binary)
        #expect(byPath[pdf]?.first?.reason.contains("PDF") == true)
        #expect(byPath[empty]?.first?.kind == .empty)
        #expect(byPath[blank]?.first?.kind == .empty)
        #expect(byPath[truncated]?.first?.kind == .truncated)
        #expect(byPath[link]?.first?.kind == .brokenLink)
        #expect(byPath[missing]?.first?.kind == .notFound)
        #expect(run.summary.inputsRead == 1)
        #expect(run.summary.inputsSkipped == 7)
        #expect(run.summary.skippedByKind[.empty] == 2)
        #expect(run.summary.exitStatus(strict: false) == CorpusExitStatus.someSkipped)
        #expect(run.summary.exitStatus(strict: true) == CorpusExitStatus.strictFailure)
        let rendered = run.summary.render()
        #expect(rendered.contains("1 input read, 7 skipped"), "\(rendered)")
        #expect(rendered.contains("broken symbolic link: 1"), "\(rendered)")
    }

    @Test func cleanRunExitsZero() {
        let run = Run([SharedCorpus.seed.path])
        #expect(run.problems.isEmpty)
        #expect(run.summary.exitStatus(strict: true) == CorpusExitStatus.ok)
        #expect(run.summary.render() == "corpus: 1 input read; 1 release")
    }

    @Test func unreadableFileIsReportedUnlessRoot() throws {
        let scratch = Scratch(); defer { scratch.cleanup() }
        let path = scratch.write("locked.txt", seed)
        chmod(path, 0)
        let run = Run([path])
        if getuid() == 0 {
            // root reads anything; the file must then come through normally.
            #expect(run.documents.count == 1)
        } else {
            #expect(run.problems.first?.kind == .unreadable)
            #expect(run.problems.first?.reason.contains("Permission denied") == true)
        }
    }

    @Test func invalidUTF8IsRepairedWithAWarningNamingTheLine() throws {
        let scratch = Scratch(); defer { scratch.cleanup() }
        var bytes = seed
        let thirdLine = ByteLines.all(bytes)[2].range.lowerBound
        bytes.insert(contentsOf: [0xE2, 0x80, 0x20], at: thirdLine + 5)  // a curly quote cut short
        let path = scratch.write("broken.txt", bytes)
        let run = Run([path])
        #expect(run.documents.count == 1)
        #expect(run.problems.count == 1)
        let warning = try #require(run.problems.first)
        #expect(warning.severity == .warning)
        #expect(warning.kind == .encoding)
        #expect(warning.reason.contains("line 3"), "\(warning)")
        let text = String(decoding: run.documents[0].bytes, as: UTF8.self)
        #expect(text.contains("\u{FFFD}"))
        #expect(run.documents[0].bytes.count == bytes.count + 1)  // 2 bad bytes → one 3-byte U+FFFD
        #expect(run.summary.exitStatus(strict: true) == CorpusExitStatus.ok)
    }

    @Test func windows1252AndLatin1AreDetected() throws {
        let scratch = Scratch(); defer { scratch.cleanup() }
        // The seed with its curly quotes and dashes in Windows-1252, as an old Windows editor saves it.
        let text = String(decoding: seed, as: UTF8.self)
        let cp1252 = try #require(text.data(using: .windowsCP1252))
        let latin1 = try #require("Caf\u{E9} owners in M\u{FC}nchen welcome the r\u{E9}forme\nSecond line".data(using: .isoLatin1))
        let run = Run([scratch.write("win.txt", [UInt8](cp1252)), scratch.write("latin.txt", [UInt8](latin1))])
        #expect(run.documents.count == 2)
        #expect(run.documents.first?.bytes == seed)
        #expect(run.problems.map(\.severity) == [.warning, .warning])
        #expect(run.problems.first?.reason.contains("Windows-1252") == true)
        #expect(run.problems.last?.reason.contains("Latin-1") == true)
        #expect(String(decoding: run.documents[1].bytes, as: UTF8.self).hasPrefix("Café owners in München"))
    }

    @Test func utf16WithBOMIsTranscoded() throws {
        let scratch = Scratch(); defer { scratch.cleanup() }
        let text = String(decoding: seed, as: UTF8.self)
        let le = [UInt8]([0xFF, 0xFE]) + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be = [UInt8]([0xFE, 0xFF]) + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let run = Run([scratch.write("le.txt", le), scratch.write("be.txt", be)])
        #expect(run.problems.isEmpty, "\(run.problems)")
        #expect(run.documents.map(\.bytes) == [seed, seed])
    }

    @Test func oversizedSingleLineFileIsSkippedNotLoadedTwice() throws {
        let scratch = Scratch(); defer { scratch.cleanup() }
        // 100 MB on one line: the issue's own example of a file that is not a press release.
        let big = [UInt8](repeating: UInt8(ascii: "a"), count: 100 << 20)
        let path = scratch.write("huge.txt", big)
        let run = Run([path, SharedCorpus.seed.path])
        #expect(run.documents.map(\.path) == [SharedCorpus.seed.path])
        #expect(run.problems.count == 1)
        #expect(run.problems.first?.kind == .tooLarge)
        #expect(run.problems.first?.reason.contains("100.0 MB") == true, "\(run.problems)")
    }

    @Test func malformedJSONLineIsSkippedAndNamed() throws {
        let scratch = Scratch(); defer { scratch.cleanup() }
        let releases = RealRelease.sample(3)
        var lines = String(decoding: Fixtures.ndjson(releases), as: UTF8.self).split(separator: "\n").map(String.init)
        lines.insert("{\"title\": \"cut short\", \"text\": \"the scraper died", at: 1)
        lines.insert("[1, 2, 3]", at: 3)
        lines.insert("{\"title\": \"no body here\"}", at: 4)
        let path = scratch.write("scrape.jsonl", lines.joined(separator: "\n") + "\n")
        let run = Run([path])
        #expect(run.documents.map(\.firstLine) == [1, 3, 6])
        #expect(run.documents.map(\.record) == [1, 3, 6])
        #expect(run.problems.map(\.line) == [2, 4, 5])
        #expect(run.problems.map(\.kind) == [.malformed, .malformed, .noText])
        #expect(run.problems.first?.description.hasPrefix("\(path):2 (record 2): skipped: malformed JSON") == true,
                "\(run.problems)")
        #expect(run.summary.recordsSkipped == 3)
        #expect(run.summary.inputsRead == 1)
        #expect(run.summary.exitStatus(strict: false) == CorpusExitStatus.someSkipped)
    }

    @Test func jsonFieldNamesAreConfigurable() throws {
        let scratch = Scratch(); defer { scratch.cleanup() }
        let r = try #require(RealRelease.sample(1).first)
        let record: [String: Any] = ["heading": r.title, "issued": r.date, "article_body": String(decoding: r.body, as: UTF8.self)]
        let path = scratch.write("custom.ndjson", [UInt8](try JSONSerialization.data(withJSONObject: record)))
        #expect(Run([path]).problems.first?.kind == .noText)
        var options = CorpusOptions()
        options.jsonFields.title.insert("heading", at: 0)
        options.jsonFields.date.insert("issued", at: 0)
        options.jsonFields.text.insert("article_body", at: 0)
        let run = Run([path], options: options)
        #expect(run.problems.isEmpty)
        #expect(run.documents.first?.bytes == r.bytes)
    }

    @Test func forcedFormatOverridesDetection() throws {
        let scratch = Scratch(); defer { scratch.cleanup() }
        let path = scratch.write("export.dat", Fixtures.ndjson(RealRelease.sample(2)))
        #expect(Run([path]).documents.map(\.format) == ["jsonl", "jsonl"])  // sniffed
        var options = CorpusOptions()
        options.forcedFormat = InputFormat(name: "text")
        #expect(Run([path], options: options).documents.map(\.format) == ["text"])
    }

    @Test func noInputCrashesOnRandomBytes() {
        // Deterministic garbage through every reader (the fuzzers go much further).
        var rng = SeededGenerator("BadInputTests.noInputCrashesOnRandomBytes")
        let scratch = Scratch(); defer { scratch.cleanup() }
        for ext in ["txt", "md", "jsonl", "html", "eml", "mbox", "txt.gz"] {
            for i in 0..<20 {
                var bytes = (0..<rng.next(upTo: 2000)).map { _ in UInt8(truncatingIfNeeded: rng.next(upTo: 256)) }
                if i % 2 == 0 { bytes = bytes.map { $0 & 0x7F } }
                let path = scratch.write("junk\(i).\(ext)", bytes)
                let run = Run([path])
                #expect(run.summary.inputsRead + run.summary.inputsSkipped + run.summary.inputsIgnored == 1)
            }
        }
    }
}
