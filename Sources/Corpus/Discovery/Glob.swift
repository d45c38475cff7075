import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Glob patterns given as inputs (quoted, so the shell did not expand them): `*`, `?`, `[...]`
/// through the C library's `glob(3)`, plus `**` for "any number of directories" which `glob(3)`
/// lacks: the tree under the part before `**` is walked and each path matched with `fnmatch(3)`.
enum Glob {
    static func isPattern(_ s: String) -> Bool {
        s.contains("*") || s.contains("?") || s.contains("[")
    }

    /// Matching paths, sorted.
    static func expand(_ pattern: String, includeHidden: Bool) -> [String] {
        if let range = pattern.range(of: "**") {
            return expandRecursive(pattern, starAt: range, includeHidden: includeHidden)
        }
        var result = glob_t()
        defer { globfree(&result) }
        guard glob(pattern, 0, nil, &result) == 0 else { return [] }
        var paths: [String] = []
        for i in 0..<Int(result.gl_pathc) {
            if let p = result.gl_pathv[i] { paths.append(String(cString: p)) }
        }
        return paths.sorted()
    }

    private static func expandRecursive(_ pattern: String, starAt range: Range<String.Index>,
                                        includeHidden: Bool) -> [String] {
        let head = String(pattern[..<range.lowerBound])
        let root = head.isEmpty ? "." : head
        // `a/**/b` also matches `a/b`: try the pattern with the `**/` removed as well.
        var patterns = [pattern]
        if pattern[range.upperBound...].hasPrefix("/") {
            patterns.append(head + pattern[pattern.index(after: range.upperBound)...])
        }
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var found: [String] = []
        while let rel = walker.nextObject() as? String {
            if !includeHidden, rel.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            let path = head.isEmpty ? rel : (root.hasSuffix("/") ? root + rel : root + "/" + rel)
            // Without FNM_PATHNAME, `*` also crosses `/`, which is what `**` means.
            // Files only: `**` has already descended into every directory.
            if patterns.contains(where: { fnmatch($0, path, 0) == 0 }), !InputDiscovery.isDirectory(path) { found.append(path) }
        }
        return found.sorted()
    }
}
