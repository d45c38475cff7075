import Foundation

/// A program running in a detached tmux pane on a private server, typed at with send-keys and
/// read with capture-pane. Waits poll the screen with a bounded timeout instead of sleeping.
public final class TmuxSession {
    public let socket: String
    private let config: URL
    private static let target = "probe"

    /// Starts `command` (argv, run without a shell) in a `width`×`height` pane.
    public init(command: [String], width: Int = 100, height: Int = 30) throws {
        socket = "lineedit-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        config = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).conf")
        // remain-on-exit keeps the last screen readable after the program ends.
        try "set -g remain-on-exit on\nset -g status off\n".write(to: config, atomically: true, encoding: .utf8)
        let status = CleanSpawn.run(
            ["tmux", "-u", "-L", socket, "-f", config.path,
             "new-session", "-d", "-s", Self.target, "-x", "\(width)", "-y", "\(height)"] + command)
        if status != 0 { throw Failure(message: "tmux new-session failed with status \(status); is tmux installed?") }
    }

    deinit { close() }

    /// Types text literally.
    public func type(_ text: String) { _ = try? tmux(["send-keys", "-t", Self.target, "-l", text]) }

    /// Presses keys by tmux name: "Enter", "Up", "Tab", "C-r", "C-c", "C-d", "BSpace", ...
    public func press(_ keys: String...) { _ = try? tmux(["send-keys", "-t", Self.target] + keys) }

    /// The visible screen, wrapped lines joined.
    public func screen() -> String { (try? tmux(["capture-pane", "-p", "-J", "-t", Self.target]).output) ?? "" }

    /// Whether the program in the pane has exited.
    public var programEnded: Bool {
        ((try? tmux(["display-message", "-p", "-t", Self.target, "#{pane_dead}"]).output) ?? "")
            .trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// Polls until `condition` holds for the screen (true) or `timeout` seconds pass (false).
    @discardableResult
    public func waitUntil(timeout: TimeInterval = 10, _ condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if condition(screen()) { return true }
            usleep(50_000)
        } while Date() < deadline
        return condition(screen())
    }

    /// Polls until `text` occurs at least `times` times on the screen.
    @discardableResult
    public func waitFor(_ text: String, times: Int = 1, timeout: TimeInterval = 10) -> Bool {
        waitUntil(timeout: timeout) { $0.occurrences(of: text) >= times }
    }

    /// Polls until the program has exited.
    @discardableResult
    public func waitForExit(timeout: TimeInterval = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if programEnded { return true }
            usleep(50_000)
        }
        return programEnded
    }

    public func close() {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: config)
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-u", "-L", socket, "-f", config.path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    public struct Failure: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
        public init(message: String) { self.message = message }
    }
}

extension String {
    public func occurrences(of needle: String) -> Int {
        components(separatedBy: needle).count - 1
    }
}
