import Foundation

/// Where the tests find things: the package root (found by walking up to `Package.swift`) and
/// the shared corpus beside it, `../shared/corpus`, read in place and never copied.
public enum TestCorpus {
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url
    }()

    /// `../shared/corpus` from the package root.
    public static let root = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    public static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }
    public static func path(_ relative: String) -> String { url(relative).path }

    /// The seed release most tests parse.
    public static let seed = path("seed/eirns-2017-11-08-lavrov.txt")

    /// A folder of real releases, `real/<folder>`.
    public static func real(_ folder: String) -> String { path("real/" + folder) }

    /// The bundled example corpus in the package.
    public static let examples = packageRoot.appendingPathComponent("Examples/corpus").path
}
