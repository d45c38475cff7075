import Foundation

/// Files that live in corpus folders but are not releases: documentation, licences and metadata
/// indexes. A directory walk or glob passes over them (counted in the summary); named directly,
/// they are read like any file.
enum ReleaseFileNames {
    /// Name stems (before any extension, lower case) of documentation and licence files.
    static let documentationStems: Set<String> = [
        "readme", "sources", "license", "licence", "copying", "changelog", "changes", "notice", "authors", "contributing",
    ]

    /// `README-de`, `LICENSE_MIT`: any stem starting with these.
    static let prefixes = ["readme", "license", "licence"]

    /// Why the file at `path` is not a release, or nil when it may be one.
    static func nonRelease(_ path: String) -> String? {
        let name = PathName.lowercasedName(path, droppingGz: true)
        if SidecarIndex.fileNames.contains(name) { return "a metadata index (its fields are applied to the files it lists)" }
        let stem = name.split(separator: ".", maxSplits: 1).first.map(String.init) ?? name
        if documentationStems.contains(stem) || Self.prefixes.contains(where: { stem.hasPrefix($0) }) {
            return "documentation, not a release"
        }
        return nil
    }
}
