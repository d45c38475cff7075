import Foundation

/// Where scripts and their `require`d modules are looked up, in order: the working directory,
/// `$PRANALYZE_PATH` (colon-separated), the user's data directory
/// (`$XDG_DATA_HOME/pranalyze/scripts`, by default `~/.local/share/pranalyze/scripts`), then the
/// `Scripts/` directory bundled with the installation.
public enum ScriptSearchPath {
    /// Overrides the bundled `Scripts/` directory (tests, relocated installs).
    public static let bundledOverride = "PRANALYZE_BUNDLED_SCRIPTS"

    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment,
                                currentDirectory: String = FileManager.default.currentDirectoryPath,
                                executable: String? = nil) -> [String] {
        var path = [currentDirectory]
        if let extra = environment["PRANALYZE_PATH"] {
            path += extra.split(separator: ":", omittingEmptySubsequences: true).map(String.init)
        }
        if let user = userDirectory(environment: environment) { path.append(user) }
        if let bundled = bundledDirectory(environment: environment, executable: executable) { path.append(bundled) }
        var seen = Set<String>()
        return path.filter { seen.insert($0).inserted }
    }

    /// The user's script directory (it need not exist).
    public static func userDirectory(environment: [String: String]) -> String? {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/pranalyze/scripts" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/share/pranalyze/scripts"
    }

    /// The installation's `Scripts/`: the override variable, else the first directory holding
    /// `Scripts/` (or `share/pranalyze/Scripts/`) walking up from the executable's directory.
    public static func bundledDirectory(environment: [String: String], executable: String? = nil) -> String? {
        if let override = environment[bundledOverride], !override.isEmpty { return override }
        let binary = executable.map { URL(fileURLWithPath: $0) } ?? runningExecutable()
        guard let binary else { return nil }
        var directory = binary.resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            for candidate in ["Scripts", "share/pranalyze/Scripts"] {
                let url = directory.appendingPathComponent(candidate)
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
                    return url.path
                }
            }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { break }
            directory = parent
        }
        return nil
    }

    private static func runningExecutable() -> URL? {
        #if os(Linux)
        let link = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        if link.path != "/proc/self/exe" { return link }
        #endif
        return Bundle.main.executableURL
    }
}
