import TerminalTesting
import Foundation

/// A throwaway HOME and XDG_STATE_HOME for one test, so history never touches the user's own.
final class ProbeSandbox {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("lineedit-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    var stateHome: URL { root.appendingPathComponent("state") }
    /// Where LineEditor.defaultHistoryPath() puts the file under this sandbox.
    var historyFile: URL { stateHome.appendingPathComponent("pranalyze/history") }

    /// A clean environment: no LANG (the editor must pick a UTF-8 ctype itself), TERM as tmux sets it.
    var environment: [String: String] {
        ["HOME": root.path, "XDG_STATE_HOME": stateHome.path, "TERM": "screen", "PATH": "/usr/bin:/bin"]
    }

    /// argv that runs the probe with this environment, for tmux.
    func command(_ probeArguments: [String] = []) throws -> [String] {
        let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return ["env", "-i"] + assignments + [try ProbeLocator.probe().path] + probeArguments
    }

    /// Starts the probe in a fresh tmux pane and waits for its first prompt.
    func startProbe(_ probeArguments: [String] = []) throws -> TmuxSession {
        let session = try TmuxSession(command: try command(probeArguments))
        guard session.waitFor("probe> ") else {
            throw TmuxSession.Failure(message: "no prompt; screen:\n\(session.screen())")
        }
        return session
    }
}
