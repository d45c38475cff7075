import Foundation
import PressRelease

/// The shared corpus, found from this file: package root, then `../shared/corpus`.
enum CorpusLocation {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let root = packageRoot.appendingPathComponent("../shared/corpus").standardizedFileURL

    static func document(_ relative: String) throws -> SourceDocument {
        let path = root.appendingPathComponent(relative).path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        return SourceDocument(path: path, bytes: [UInt8](data))
    }

    static func parse(_ relative: String) throws -> Release {
        ReleaseParser().parse(try document(relative))
    }

    /// Every `.txt` and `.md` file under the corpus, sorted.
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
