import Foundation
import PressRelease

/// The shared corpus, read in place: the package root's sibling `shared/corpus`.
enum CorpusLocation {
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url
    }()

    static let root = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    /// The file as a document whose path is absolute.
    static func document(_ relative: String) throws -> SourceDocument {
        let path = url(relative).path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        return SourceDocument(path: path, bytes: [UInt8](data))
    }

    static func parse(_ relative: String) throws -> Release {
        ReleaseParser().parse(try document(relative))
    }

    /// The file parsed with its path kept relative to the corpus root (as labels name it).
    static func release(_ relative: String, parser: ReleaseParser = ReleaseParser()) throws -> Release {
        let data = try Data(contentsOf: url(relative))
        return parser.parse(SourceDocument(path: relative, bytes: [UInt8](data)))
    }

    /// Every `.txt` and `.md` file under the corpus, relative to its root, sorted.
    static func allFiles() -> [String] {
        var out: [String] = []
        if let e = FileManager.default.enumerator(atPath: root.path) {
            for case let rel as String in e where rel.hasSuffix(".txt") || rel.hasSuffix(".md") { out.append(rel) }
        }
        return out.sorted()
    }
}

extension Release {
    static func parsing(_ text: String) -> Release {
        ReleaseParser().parse(SourceDocument(path: "test.txt", text: text))
    }
}
