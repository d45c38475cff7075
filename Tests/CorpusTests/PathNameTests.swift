import Foundation
import Testing
import TestSupport
@testable import Corpus

/// The byte-level file-name helpers give NSString's answers: on every path of the shared corpus
/// (as a walk spells them, relative and absolute) and on the spellings where the rules differ.
@Suite struct PathNameTests {
    static let awkward = [
        "", "/", "a", "ab", "a/", "a//", "ä", "x//y//", "///", "/a/", "a/b/", "a//b", "//a", "/a", "./a.txt", "../x/y.TXT", "dir/.hidden", "dir/.hidden.txt",
        "dir/name.", "dir/name..gz", "dir/a.b.c", "dir/READ ME.md", "dir/file.tar.gz", "dir/FILE.TXT.GZ",
        "dir/Ünïcode.Txt", "dir/K.\u{212A}", "dir/x.t xt", "dir/", "dir/sub/", "/abs/path/file.jsonl",
        "trailing.gz", ".gz", "a/.gz", "no-extension", "a/b/c/d/e.html", "x/\u{0130}NDEX.JSONL",
    ]

    static var corpusPaths: [String] {
        let root = SharedCorpus.root.path
        let walker = FileManager.default.enumerator(atPath: root)
        var paths: [String] = []
        while let relative = walker?.nextObject() as? String {
            paths.append(relative)
            paths.append(root + "/" + relative)
        }
        return paths
    }

    @Test func agreesWithNSStringOnCorpusAndAwkwardPaths() {
        let paths = Self.awkward + Self.corpusPaths
        #expect(paths.count > 2000)
        for path in paths {
            let ns = path as NSString
            // NSString traps on the directory of a one-character name (`a`, `a/`, `ä`).
            var trimmed = Substring(path)
            while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
            // Only slashes: NSString gives "" for `///`; a file path never is one.
            if path.count > 1, path.allSatisfy({ $0 == "/" }) { continue }
            if trimmed.count == 1, trimmed != "/" {
                #expect(PathName.directory(path) == "")
                #expect(PathName.lastComponent(path) == ns.lastPathComponent)
                continue
            }
            #expect(PathName.lastComponent(path) == ns.lastPathComponent, "\(path)")
            #expect(PathName.directory(path) == ns.deletingLastPathComponent, "\(path)")
            var name = ns.lastPathComponent.lowercased()
            #expect(PathName.lowercasedName(path, droppingGz: false) == name, "\(path)")
            if name.hasSuffix(".gz") { name.removeLast(3) }
            #expect(PathName.lowercasedName(path, droppingGz: true) == name, "\(path)")
            #expect(PathName.pathExtension(name) == (name as NSString).pathExtension, "\(path)")
        }
    }
}
