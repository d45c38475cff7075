import Foundation
import Testing

/// The real editor in a pty (tmux): one test at a time, each with its own tmux server.
@Suite(.serialized)
struct TerminalTests {
    @Test func typedLineIsReturned() throws {
        let sandbox = try ProbeSandbox()
        let tmux = try sandbox.startProbe()
        defer { tmux.close() }
        tmux.type("hello world")
        tmux.press("Enter")
        #expect(tmux.waitFor("GOT:hello world"), "\(tmux.screen())")
    }

    @Test func nonASCIITextFromARealReleaseSurvivesWithoutALocale() throws {
        // The sandbox has no LANG: the editor must still decode UTF-8 keystrokes.
        let snippet = try SeedRelease.nonASCIISnippet()
        #expect(snippet.contains { !$0.isASCII })
        let sandbox = try ProbeSandbox()
        let tmux = try sandbox.startProbe()
        defer { tmux.close() }
        tmux.type(snippet)
        tmux.press("Enter")
        #expect(tmux.waitFor("GOT:\(snippet)"), "\(tmux.screen())")
    }

    @Test func editingKeysMoveAndDelete() throws {
        let sandbox = try ProbeSandbox()
        let tmux = try sandbox.startProbe()
        defer { tmux.close() }
        tmux.type("word")
        tmux.press("Home")
        tmux.type("a ")
        tmux.press("End", "BSpace")
        tmux.type("ld")
        tmux.press("Left", "Left", "C-w")
        tmux.type("the wor")
        tmux.press("Enter")
        #expect(tmux.waitFor("GOT:a the world"), "\(tmux.screen())")
    }

    @Test func upArrowRecallsEarlierLines() throws {
        let sandbox = try ProbeSandbox()
        let tmux = try sandbox.startProbe()
        defer { tmux.close() }
        for line in ["first line", "second line"] {
            tmux.type(line)
            tmux.press("Enter")
            #expect(tmux.waitFor("GOT:\(line)"))
        }
        tmux.press("Up", "Up", "Enter")
        #expect(tmux.waitFor("GOT:first line", times: 2), "\(tmux.screen())")
        tmux.press("Up", "Up", "Down", "Enter")
        #expect(tmux.waitFor("GOT:first line", times: 3), "\(tmux.screen())")
    }

    @Test func historyPersistsAcrossSessionsAndMerges() throws {
        let sandbox = try ProbeSandbox()
        for (index, line) in ["from session one", "from session two"].enumerated() {
            let tmux = try sandbox.startProbe()
            defer { tmux.close() }
            if index == 1 {
                // The first session's line is recalled after a restart.
                tmux.press("Up", "Enter")
                #expect(tmux.waitFor("GOT:from session one"), "\(tmux.screen())")
            }
            tmux.type(line)
            tmux.press("Enter")
            #expect(tmux.waitFor("GOT:\(line)"))
            tmux.press("C-d")
            #expect(tmux.waitFor("[eof]"), "\(tmux.screen())")
            #expect(tmux.waitForExit())
        }
        let saved = try String(contentsOf: sandbox.historyFile, encoding: .utf8)
        #expect(saved.contains("from\\040session\\040one"))
        #expect(saved.contains("from\\040session\\040two"))
        let attributes = try FileManager.default.attributesOfItem(atPath: sandbox.historyFile.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)

        let tmux = try sandbox.startProbe()
        defer { tmux.close() }
        tmux.press("Up", "Up", "Up", "Enter")
        #expect(tmux.waitFor("GOT:from session one"), "\(tmux.screen())")
    }

    @Test func ctrlRFindsAnEarlierLine() throws {
        let sandbox = try ProbeSandbox()
        let tmux = try sandbox.startProbe()
        defer { tmux.close() }
        for line in ["alpha one", "beta two", "gamma three"] {
            tmux.type(line)
            tmux.press("Enter")
            #expect(tmux.waitFor("GOT:\(line)"))
        }
        tmux.press("C-r")
        tmux.type("ta t")
        #expect(tmux.waitFor("probe> beta two"), "\(tmux.screen())")
        tmux.press("Enter")
        #expect(tmux.waitFor("GOT:beta two", times: 2), "\(tmux.screen())")
    }

    @Test func ctrlCDiscardsTheLineAndCtrlDEnds() throws {
        let sandbox = try ProbeSandbox()
        let tmux = try sandbox.startProbe()
        defer { tmux.close() }
        tmux.type("discard me")
        tmux.press("Left", "Left", "C-c")
        #expect(tmux.waitFor("[interrupted]"), "\(tmux.screen())")
        #expect(tmux.screen().contains("discard me^C"))
        tmux.press("C-c")
        #expect(tmux.waitFor("[interrupted]", times: 2), "\(tmux.screen())")
        tmux.type("kept")
        tmux.press("Enter")
        #expect(tmux.waitFor("GOT:kept"), "\(tmux.screen())")
        #expect(!tmux.screen().contains("GOT:discard me"))
        // Ctrl-D on a non-empty line does not end input; on an empty line it does.
        tmux.type("x")
        tmux.press("C-d", "BSpace", "C-d")
        #expect(tmux.waitFor("[eof]"), "\(tmux.screen())")
        #expect(tmux.waitForExit())
        #expect(!tmux.screen().contains("GOT:x"))
    }

    @Test func ctrlCDuringAComputationSetsTheInterruptFlag() throws {
        let sandbox = try ProbeSandbox()
        let tmux = try sandbox.startProbe()
        defer { tmux.close() }
        tmux.type("busy")
        tmux.press("Enter")
        #expect(tmux.waitFor("[busy]"), "\(tmux.screen())")
        tmux.press("C-c")
        #expect(tmux.waitFor("[computation interrupted]"), "\(tmux.screen())")
        #expect(!tmux.screen().contains("[busy timed out]"))
        // Back at the prompt, Ctrl-C is a key again and the process lives on.
        tmux.press("C-c")
        #expect(tmux.waitFor("[interrupted]"), "\(tmux.screen())")
        tmux.type("still here")
        tmux.press("Enter")
        #expect(tmux.waitFor("GOT:still here"), "\(tmux.screen())")
    }

    @Test func secondCtrlCEndsAComputationThatDoesNotPoll() throws {
        let sandbox = try ProbeSandbox()
        let tmux = try sandbox.startProbe()
        defer { tmux.close() }
        tmux.type("stuck")
        tmux.press("Enter")
        #expect(tmux.waitFor("[stuck]"), "\(tmux.screen())")
        tmux.press("C-c")
        #expect(!tmux.waitForExit(timeout: 0.5), "one Ctrl-C only sets the flag")
        tmux.press("C-c")
        #expect(tmux.waitForExit(), "\(tmux.screen())")
        #expect(!tmux.screen().contains("[unstuck]"))
    }

    @Test func historyGoesToAnExplicitFileInAFolderYetToExist() throws {
        let sandbox = try ProbeSandbox()
        let file = sandbox.root.appendingPathComponent("custom/deeper/history")
        let tmux = try sandbox.startProbe(["--history", file.path])
        defer { tmux.close() }
        tmux.type("kept in custom file")
        tmux.press("Enter", "C-d")
        #expect(tmux.waitFor("[eof]"), "\(tmux.screen())")
        #expect(tmux.waitForExit())
        let saved = try String(contentsOf: file, encoding: .utf8)
        #expect(saved.contains("kept\\040in\\040custom\\040file"))
        #expect(!FileManager.default.fileExists(atPath: sandbox.historyFile.path))
    }

    @Test func editrcIsReadAndCannotTakeCtrlCAway() throws {
        let sandbox = try ProbeSandbox()
        // The user's ~/.editrc switches to vi mode and binds ^T; Ctrl-C must still discard the line.
        try "bind -v\nbind ^T ed-move-to-beg\n".write(
            to: sandbox.root.appendingPathComponent(".editrc"), atomically: true, encoding: .utf8)
        let tmux = try sandbox.startProbe()
        defer { tmux.close() }
        tmux.type("discard")
        tmux.press("C-c")
        #expect(tmux.waitFor("[interrupted]"), "\(tmux.screen())")
        tmux.type("world")
        tmux.press("C-t")
        tmux.type("hello ")
        tmux.press("Enter")
        #expect(tmux.waitFor("GOT:hello world"), "\(tmux.screen())")
    }
}
