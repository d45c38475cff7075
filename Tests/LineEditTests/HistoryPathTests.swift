import Foundation
import Testing
@testable import LineEdit

@Suite struct HistoryPathTests {
    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("lineedit-path-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func usesXDGStateHomeAndCreatesTheFolder() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let state = root.appendingPathComponent("state/deeper").path
        let path = LineEditor.defaultHistoryPath(environment: ["XDG_STATE_HOME": state, "HOME": "/nonexistent"])
        #expect(path == state + "/pranalyze/history")
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: state + "/pranalyze", isDirectory: &isDirectory))
        #expect(isDirectory.boolValue)
        let attributes = try FileManager.default.attributesOfItem(atPath: state + "/pranalyze")
        #expect((attributes[.posixPermissions] as? Int) == 0o700)
    }

    @Test func fallsBackToLocalStateUnderHome() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        for environment in [["HOME": root.path], ["HOME": root.path, "XDG_STATE_HOME": "relative/is/ignored"]] {
            let path = LineEditor.defaultHistoryPath(environment: environment)
            #expect(path == root.path + "/.local/state/pranalyze/history")
        }
        #expect(FileManager.default.fileExists(atPath: root.path + "/.local/state/pranalyze"))
    }

    @Test func pipedEditorIsNotInteractiveAndKeepsNoHistory() throws {
        // Under `swift test` stdin/stdout are not both a terminal.
        guard isatty(STDIN_FILENO) == 0 || isatty(STDOUT_FILENO) == 0 else { return }
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("history").path
        let editor = LineEditor(programName: "test", historyFile: file)
        #expect(!editor.isInteractive)
        editor.addHistory("not kept")
        #expect(editor.saveHistory())
        #expect(!FileManager.default.fileExists(atPath: file))
    }
}
