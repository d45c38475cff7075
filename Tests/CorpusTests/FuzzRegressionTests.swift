import Foundation
import PressRelease
import Testing
@testable import Corpus

/// Inputs that once broke (or are built to break) a reader. Crash files that `Fuzz/run.sh`
/// saves go into `Regressions/` (named `<target>-<anything>`) and are replayed here through
/// every format; the cases below are adversarial shapes the fuzzers reach only slowly.
@Suite struct FuzzRegressionTests {
    static let regressions = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Regressions")

    /// Runs bytes through the pipeline as every format and parses what comes out; returns the item count.
    @discardableResult
    func survive(_ bytes: [UInt8]) -> Int {
        var items = 0
        for format in [nil] + InputFormat.allCases.map(Optional.some) {
            var options = CorpusOptions()
            options.forcedFormat = format
            InputPipeline.run(path: "case", loaded: .bytes(bytes), explicit: true, options: options) { item in
                items += 1
                if case .document(let d) = item { _ = ReleaseParser().parse(d).sentences }
            }
        }
        return items
    }

    @Test func savedCrashInputs() throws {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: Self.regressions.path)) ?? []
        for name in files.sorted() where !name.hasPrefix(".") && name != "README.md" {
            #expect(survive(SharedCorpus.bytes(Self.regressions.appendingPathComponent(name))) > 0, "\(name)")
        }
    }

    @Test func deeplyNestedJSONIsAMessageNotAStackOverflow() {
        let deep = String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)
        let scratch = Scratch(); defer { scratch.cleanup() }
        let run = Run([scratch.write("deep.jsonl", "{\"text\": \(deep)}\n{\"text\": \"fine\"}\n")])
        #expect(run.problems.map(\.kind) == [.malformed])
        #expect(run.documents.count == 1)
    }

    @Test func deeplyNestedHTMLAndMultipart() {
        let seed = String(decoding: SharedCorpus.bytes(SharedCorpus.seed), as: UTF8.self)
        let html = String(repeating: "<div>", count: 100_000) + seed + String(repeating: "</div>", count: 100_000)
        #expect(survive(Array(html.utf8)) > 0)
        var mail = "From: a@example.org\nSubject: nested\nContent-Type: multipart/mixed; boundary=b0\n\n"
        for depth in 1..<40 { mail += "--b\(depth - 1)\nContent-Type: multipart/mixed; boundary=b\(depth)\n\n" }
        mail += "--b39\nContent-Type: text/plain\n\n" + seed + "\n"
        #expect(survive(Array(mail.utf8)) > 0)
    }

    @Test func gzipMembersTrailingGarbageAndOddUTF16() {
        let seed = SharedCorpus.bytes(SharedCorpus.seed)
        let twice = Gzip.compress(seed) + Gzip.compress(seed) + [0, 0, 0, 1, 2]
        guard case .bytes(let out) = Gunzip.decompress(twice, limit: 1 << 24) else { Issue.record("not decompressed"); return }
        #expect(out == seed + seed)
        let utf16 = [UInt8]([0xFF, 0xFE]) + String(decoding: seed, as: UTF8.self).utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } + [0x41]
        let decoded = TextDecoder.decode(utf16)
        #expect(decoded.warning?.contains("replaced") == true)
        #expect(decoded.bytes.starts(with: seed))
        #expect(survive([0xFF, 0xFE, 0x00, 0xD8]) > 0)  // a lone surrogate
    }

    @Test func gzipBombIsCappedByTheInputLimit() {
        let zeros = Gzip.compress([UInt8](repeating: 0x20, count: 8 << 20))
        guard case .problem(let kind, _) = Gunzip.decompress(zeros, limit: 1 << 20) else { Issue.record("no problem"); return }
        #expect(kind == .tooLarge)
    }
}
