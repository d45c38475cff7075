import Foundation
import PressRelease
import TestSupport

/// The shared corpus (located by `TestCorpus`), read in place, and parsing helpers over it.
enum CorpusLocation {
    static let packageRoot = TestCorpus.packageRoot
    static let root = TestCorpus.root

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
