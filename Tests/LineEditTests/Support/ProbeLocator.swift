import Foundation

/// Finds the `lineedit-probe` binary that `swift test` built next to the test bundle.
enum ProbeLocator {
    static let name = "lineedit-probe"

    static func probe() throws -> URL {
        var starts = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
                      Bundle.main.bundleURL]
        if let executable = Bundle.main.executableURL { starts.append(executable.deletingLastPathComponent()) }
        for start in starts {
            var directory = start.standardizedFileURL
            for _ in 0..<5 {
                let candidate = directory.appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                directory = directory.deletingLastPathComponent()
            }
        }
        throw NotFound(searched: starts.map(\.path))
    }

    struct NotFound: Error, CustomStringConvertible {
        let searched: [String]
        var description: String { "\(ProbeLocator.name) not found near \(searched)" }
    }
}
