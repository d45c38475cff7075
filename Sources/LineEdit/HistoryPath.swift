import Foundation

extension LineEditor {
    /// `$XDG_STATE_HOME/pranalyze/history`, or `~/.local/state/pranalyze/history`; the folder is
    /// created (mode 0700) so the file can be saved.
    public static func defaultHistoryPath() -> String {
        defaultHistoryPath(environment: ProcessInfo.processInfo.environment)
    }

    /// The same, from the given environment (tests pass their own).
    public static func defaultHistoryPath(environment: [String: String]) -> String {
        let base: String
        // The XDG spec says a relative XDG_STATE_HOME is invalid and must be ignored.
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = state
        } else {
            base = homeDirectory(environment) + "/.local/state"
        }
        let directory = base + "/pranalyze"
        try? FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        return directory + "/history"
    }

    private static func homeDirectory(_ environment: [String: String]) -> String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        if let entry = getpwuid(getuid()), let dir = entry.pointee.pw_dir { return String(cString: dir) }
        return NSTemporaryDirectory()
    }
}
