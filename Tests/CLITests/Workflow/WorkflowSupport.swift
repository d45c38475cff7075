import Foundation

/// Real releases and their sidecar index, read here independently of pranalyze, and scratch
/// folders to build corpora from them (copies in a temporary directory, never committed).
enum Workflow {
    static let real = CLI.corpus.appendingPathComponent("real")
    static let congress = real.appendingPathComponent("congress-us")

    /// `index.jsonl` of a folder of the real corpus, as records by file name.
    static func index(_ folder: URL) throws -> [String: [String: Any]] {
        let text = try String(contentsOf: folder.appendingPathComponent("index.jsonl"), encoding: .utf8)
        var out: [String: [String: Any]] = [:]
        for line in text.split(separator: "\n") {
            guard let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let file = record["file"] as? String else { continue }
            out[file] = record
        }
        return out
    }

    /// A fresh scratch directory.
    static func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pranalyze-wf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// The first `n` release files of a real folder, sorted by name.
    static func files(_ folder: URL, _ n: Int) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
            .prefix(n).map { folder.appendingPathComponent($0) }
    }

    /// Tab-separated stdout lines split into cells.
    static func rows(_ stdout: String) -> [[String]] {
        stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }
}
