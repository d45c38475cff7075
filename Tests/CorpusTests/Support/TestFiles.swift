import CZlib
import Foundation
import PressRelease
import TestSupport
@testable import Corpus

/// The shared corpus (located by `TestCorpus`), read in place.
enum SharedCorpus {
    static let root = TestCorpus.root
    static var real: URL { root.appendingPathComponent("real") }
    static var seed: URL { root.appendingPathComponent("seed/eirns-2017-11-08-lavrov.txt") }

    static func files(in folder: String) -> [URL] {
        let dir = real.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { dir.appendingPathComponent($0) }
    }

    static func bytes(_ url: URL) -> [UInt8] { [UInt8]((try? Data(contentsOf: url)) ?? Data()) }
}

/// A fresh directory under the system temp dir for generated fixtures, removed by `cleanup()`.
struct Scratch {
    let dir: URL

    init() {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("pranalyze-corpus-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let url = dir.appendingPathComponent(name)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
        return url.path
    }

    @discardableResult
    func write(_ name: String, _ text: String) -> String { write(name, Array(text.utf8)) }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    func cleanup() { try? FileManager.default.removeItem(at: dir) }
}

/// Everything a corpus run yielded, for assertions.
struct Run {
    var documents: [SourceDocument] = []
    var problems: [InputProblem] = []
    var summary = CorpusSummary()

    init(_ inputs: [String], options: CorpusOptions = CorpusOptions()) {
        var docs: [SourceDocument] = []
        var probs: [InputProblem] = []
        summary = Corpus(inputs: inputs, options: options).forEach { item in
            switch item {
            case .document(let d): docs.append(d)
            case .problem(let p): probs.append(p)
            }
        }
        documents = docs
        problems = probs
    }
}

enum Gzip {
    /// gzip through zlib's deflate, for `.gz` fixtures.
    static func compress(_ input: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        guard czlib_deflate_init_gzip(&stream) == Z_OK else { return [] }
        defer { deflateEnd(&stream) }
        var out = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(input.count))) + 64)
        var input = input
        let written = input.withUnsafeMutableBufferPointer { inBuf in
            out.withUnsafeMutableBufferPointer { outBuf -> Int in
                stream.next_in = inBuf.baseAddress
                stream.avail_in = UInt32(inBuf.count)
                stream.next_out = outBuf.baseAddress
                stream.avail_out = UInt32(outBuf.count)
                _ = deflate(&stream, Z_FINISH)
                return outBuf.count - Int(stream.avail_out)
            }
        }
        return Array(out[0..<written])
    }
}

extension String {
    /// Whitespace runs collapsed to one space, ends trimmed: comparing texts across layouts.
    var collapsed: String { split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
}
