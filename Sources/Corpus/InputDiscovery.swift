import Foundation

/// Expands one command-line input into the files it names, in a stable order.
enum InputDiscovery {
    static func files(for input: String, options: CorpusOptions, problems: (InputProblem) -> Void) -> [String] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isDir) else {
            problems(InputProblem(path: input, reason: "no such file or directory"))
            return []
        }
        guard isDir.boolValue else { return [input] }
        guard let walker = FileManager.default.enumerator(atPath: input) else {
            problems(InputProblem(path: input, reason: "cannot list directory"))
            return []
        }
        var found: [String] = []
        while let rel = walker.nextObject() as? String {
            let ext = (rel as NSString).pathExtension.lowercased()
            if options.extensions.contains(ext) {
                found.append((input as NSString).appendingPathComponent(rel))
            }
        }
        return found.sorted()
    }
}
