import Foundation
import PressRelease

/// The shared corpus, read in place: the package root's sibling `shared/corpus`.
enum CorpusLocation {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    }()

    static let packageRoot: URL = root.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(URL(fileURLWithPath: #filePath).pathComponents.dropFirst().first ?? "")

    static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    static func release(_ relative: String, parser: ReleaseParser = ReleaseParser()) throws -> Release {
        let data = try Data(contentsOf: url(relative))
        return parser.parse(SourceDocument(path: relative, bytes: [UInt8](data)))
    }

    /// Every `.txt` file of the corpus, relative to its root.
    static func allFiles() -> [String] {
        guard let e = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var out: [String] = []
        for case let u as URL in e where u.pathExtension == "txt" {
            out.append(String(u.path.dropFirst(root.path.count + 1)))
        }
        return out.sorted()
    }
}
