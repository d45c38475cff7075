import Foundation

/// The scripts on the search path, by name. On each directory of the path a script `NAME` is
/// `NAME/NAME.lua` (a folder with its README, sample and expected output) or `NAME.lua`; the
/// first directory that has a name wins and later ones are shadowed. Modules for `require`
/// (`pranalyze/lib/x.lua`) are not scripts and are not listed.
public struct ScriptCatalog: Sendable {
    public struct Entry: Sendable {
        public var name: String
        /// The `.lua` file.
        public var path: String
        /// The search-path directory it was found in.
        public var root: String
        /// Its own folder (`NAME/`), when it has one: README, sample, expected output.
        public var folder: String?
        /// Later copies of the same name, hidden by this one.
        public var shadows: [Entry] = []

        public var readme: String? {
            guard let folder else { return nil }
            for name in ["README.md", "README.txt", "README"] {
                let p = folder + "/" + name
                if FileManager.default.fileExists(atPath: p) { return p }
            }
            return nil
        }
    }

    public var searchPath: [String]
    /// Visible scripts, sorted by name; each carries the entries it shadows.
    public var entries: [Entry]

    public init(searchPath: [String]) {
        self.searchPath = searchPath
        var byName: [String: Entry] = [:]
        for root in searchPath {
            for found in Self.scripts(in: root) {
                if byName[found.name] == nil { byName[found.name] = found } else { byName[found.name]!.shadows.append(found) }
            }
        }
        entries = byName.values.sorted { $0.name < $1.name }
    }

    /// The visible script called `name`, if any.
    public func lookup(_ name: String) -> Entry? { entries.first { $0.name == name } }

    /// Whether `text` can name a script (not a path, not a file name).
    public static func isScriptName(_ text: String) -> Bool {
        !text.isEmpty && !text.hasSuffix(".lua") && !text.contains("/") && !text.hasPrefix(".") && !text.hasPrefix("-")
    }

    /// The scripts directly in one search-path directory, sorted by name.
    static func scripts(in root: String) -> [Entry] {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: root) else { return [] }
        var found: [Entry] = []
        for item in names.sorted() where !item.hasPrefix(".") {
            let full = root + "/" + item
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: full, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                let script = full + "/" + item + ".lua"
                if fm.fileExists(atPath: script) { found.append(Entry(name: item, path: script, root: root, folder: full)) }
            } else if item.hasSuffix(".lua"), item.count > 4 {
                found.append(Entry(name: String(item.dropLast(4)), path: full, root: root, folder: nil))
            }
        }
        // A folder and a file of the same name in one directory: the folder wins.
        var seen = Set<String>()
        return found.sorted { ($0.name, $0.folder == nil ? 1 : 0) < ($1.name, $1.folder == nil ? 1 : 0) }
            .filter { seen.insert($0.name).inserted }
    }
}
