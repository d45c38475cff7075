import Foundation

/// A file found for one command-line input. `explicit` files were named directly and are read
/// whatever their extension; the others came from a directory walk or a glob.
struct DiscoveredFile: Equatable {
    var path: String
    var explicit: Bool
}

/// Expands one command-line input (file, directory, or glob pattern) into files, in a stable
/// order: directories are walked recursively and their files sorted by path.
enum InputDiscovery {
    static func expand(_ input: String, options: CorpusOptions, problem: (InputProblem) -> Void) -> [DiscoveredFile] {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: input, isDirectory: &isDir) {
            return isDir.boolValue ? walk(input, options: options, problem: problem)
                                   : [DiscoveredFile(path: input, explicit: true)]
        }
        if isSymlink(input) {
            // A dangling link named directly: report it as what it is, not as "not found".
            return [DiscoveredFile(path: input, explicit: true)]
        }
        if Glob.isPattern(input) {
            let matches = Glob.expand(input, includeHidden: options.includeHidden)
                .filter { accepts($0, options) || isDirectory($0) }
            if matches.isEmpty {
                problem(InputProblem(path: input, kind: .noMatch, reason: "no files match this pattern"))
            }
            return matches.flatMap { path in
                isDirectory(path) ? walk(path, options: options, problem: problem)
                                  : [DiscoveredFile(path: path, explicit: false)]
            }
        }
        problem(InputProblem(path: input, kind: .notFound, reason: "no such file or directory"))
        return []
    }

    /// Whether a file found by walking or globbing has an extension we read (`x.jsonl.gz` counts).
    static func accepts(_ path: String, _ options: CorpusOptions) -> Bool {
        var name = (path as NSString).lastPathComponent.lowercased()
        if name.hasSuffix(".gz") { name.removeLast(3) }
        return options.extensions.contains((name as NSString).pathExtension)
    }

    private static func walk(_ root: String, options: CorpusOptions, problem: (InputProblem) -> Void) -> [DiscoveredFile] {
        let url = URL(fileURLWithPath: root)
        var failed: [(String, String)] = []
        let walker = FileManager.default.enumerator(
            at: url, includingPropertiesForKeys: [.isDirectoryKey],
            options: options.includeHidden ? [] : [.skipsHiddenFiles],
            errorHandler: { url, error in
                failed.append((url.path, (error as NSError).localizedDescription))
                return true
            })
        guard let walker else {
            problem(InputProblem(path: root, kind: .unreadable, reason: "cannot list directory"))
            return []
        }
        var found: [String] = []
        let prefix = root.hasSuffix("/") ? root : root + "/"
        let base = url.path.hasSuffix("/") ? url.path : url.path + "/"
        for case let file as URL in walker {
            // Keep paths as the user spelled the root, so reports point where they expect.
            let full = file.path
            let path = full.hasPrefix(base) ? prefix + full.dropFirst(base.count) : full
            if accepts(path, options), !isDirectory(path) { found.append(path) }
        }
        for (path, message) in failed {
            problem(InputProblem(path: path, kind: .unreadable, reason: "cannot list directory: \(message)"))
        }
        return found.sorted().map { DiscoveredFile(path: $0, explicit: false) }
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    static func isSymlink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }
}
