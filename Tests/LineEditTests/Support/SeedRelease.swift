import Foundation
import TestSupport

/// The seed press release, read in place from the shared corpus beside the package.
enum SeedRelease {
    static var url: URL { URL(fileURLWithPath: TestCorpus.seed) }

    static func lines() throws -> [String] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// A typeable stretch (at most `length` characters) around the first non-ASCII character.
    static func nonASCIISnippet(length: Int = 60) throws -> String {
        for line in try lines() {
            let characters = Array(line)
            guard let first = characters.firstIndex(where: { !$0.isASCII }) else { continue }
            let start = max(0, first - length / 2)
            let end = min(characters.count, start + length)
            return String(characters[start..<end]).trimmingCharacters(in: .whitespaces)
        }
        throw CocoaError(.fileReadCorruptFile)
    }
}
