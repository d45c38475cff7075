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
    /// The files of `input`, handed to `file` one by one as they are found (a directory is walked
    /// as it is read, so memory does not grow with the size of the tree); problems go to `problem`.
    static func expand<E: Error>(_ input: String, options: CorpusOptions, problem: (InputProblem) throws(E) -> Void,
                                 file: (DiscoveredFile) throws(E) -> Void) throws(E) {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: input, isDirectory: &isDir) {
            if isDir.boolValue { try walk(input, options: options, problem: problem, file: file) } else {
                try file(DiscoveredFile(path: input, explicit: true))
            }
            return
        }
        if isSymlink(input) {
            // A dangling link named directly: report it as what it is, not as "not found".
            try file(DiscoveredFile(path: input, explicit: true))
            return
        }
        if Glob.isPattern(input) {
            let matches = Glob.expand(input, includeHidden: options.includeHidden)
            if matches.isEmpty {
                try problem(InputProblem(path: input, kind: .noMatch, reason: "no files match this pattern"))
            }
            for path in matches {
                if isDirectory(path) { try walk(path, options: options, problem: problem, file: file) } else {
                    try found(path, options: options, problem: problem, file: file)
                }
            }
            return
        }
        try problem(InputProblem(path: input, kind: .notFound, reason: "no such file or directory"))
    }

    /// The files under `directory` in the order of their sorted paths: each directory is listed
    /// and sorted on its own (a directory's name sorts as `name/`, which gives exactly the order
    /// of sorting whole paths), and subdirectories are walked in place. Symbolic links to
    /// directories are not followed, so a link loop cannot trap the walk.
    private static func walk<E: Error>(_ directory: String, options: CorpusOptions,
                                       problem: (InputProblem) throws(E) -> Void,
                                       file: (DiscoveredFile) throws(E) -> Void) throws(E) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            try problem(InputProblem(path: directory, kind: .unreadable,
                                     reason: "cannot list directory: \((error as NSError).localizedDescription)"))
            return
        }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        var entries: [(key: String, path: String, isDirectory: Bool, special: String?)] = []
        for name in names where options.includeHidden || !name.hasPrefix(".") {
            let path = prefix + name
            var info = stat()
            let known = lstat(path, &info) == 0
            let isDirectory = known && (info.st_mode & S_IFMT) == S_IFDIR
            let special = known && (info.st_mode & S_IFMT) != S_IFLNK ? InputFileType.nonRegularName(info.st_mode) : nil
            entries.append((isDirectory ? name + "/" : name, path, isDirectory, isDirectory ? nil : special))
        }
        entries.sort { $0.key < $1.key }
        for entry in entries {
            if let special = entry.special {
                // A FIFO, device or socket in the tree, whatever its name: named, never opened.
                try problem(InputProblem(path: entry.path, kind: .notRegular, reason: "not a regular file (a \(special)); not opened"))
            } else if entry.isDirectory {
                try walk(entry.path, options: options, problem: problem, file: file)
            } else if !isDirectory(entry.path) {
                try found(entry.path, options: options, problem: problem, file: file)
            }
        }
    }

    /// A file met while walking or globbing: read when it may be a release, otherwise passed over
    /// as a problem that is no failure (a README, an index, a PDF), so the summary counts it.
    private static func found<E: Error>(_ path: String, options: CorpusOptions, problem: (InputProblem) throws(E) -> Void,
                                        file: (DiscoveredFile) throws(E) -> Void) throws(E) {
        if let why = ReleaseFileNames.nonRelease(path) {
            try problem(InputProblem(path: path, severity: .ignored, kind: .notRelease, reason: why))
        } else if accepts(path, options) {
            try file(DiscoveredFile(path: path, explicit: false))
        } else {
            try problem(InputProblem(path: path, severity: .ignored, kind: .unknownType,
                                     reason: "not read: no input format for this file type"))
        }
    }

    /// Whether a file found by walking or globbing has an extension we read (`x.jsonl.gz` counts).
    static func accepts(_ path: String, _ options: CorpusOptions) -> Bool {
        options.extensions.contains(PathName.pathExtension(PathName.lowercasedName(path, droppingGz: true)))
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
