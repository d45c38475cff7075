import Foundation
import TerminalTesting
import Testing

/// The REPL in a real terminal (a tmux pane), typed at as a person would.
@Suite(.serialized) struct ReplTerminalTests {
    /// A throwaway HOME and state directory, so history never touches the user's own.
    final class Home {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("repl-\(UUID().uuidString.prefix(8))")
        init() throws { try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: root) }

        func start(_ arguments: [String] = [CLIRunner.examples + "/corpus"]) throws -> TmuxSession {
            let env = ["HOME=\(root.path)", "XDG_STATE_HOME=\(root.path)/state", "TERM=screen", "PATH=/usr/bin:/bin"]
            let session = try TmuxSession(command: ["env", "-i"] + env + [CLIRunner.binary, "repl"] + arguments)
            guard session.waitFor("> ") else { throw TmuxSession.Failure(message: "no prompt:\n\(session.screen())") }
            return session
        }
    }

    func enter(_ session: TmuxSession, _ line: String) {
        session.type(line)
        session.press("Enter")
    }

    @Test func multiLineInputThenAnErrorThenASuccessfulLine() throws {
        let home = try Home()
        let repl = try home.start()
        enter(repl, "function twice(n)")
        #expect(repl.waitFor(">> "))
        enter(repl, "  return n * 2")
        enter(repl, "end")
        enter(repl, "twice(21)")
        #expect(repl.waitFor("\n42"), "\(repl.screen())")
        enter(repl, "error('boom')")
        #expect(repl.waitFor("stdin:1: boom"), "\(repl.screen())")
        enter(repl, "#corpus + 1")
        #expect(repl.waitFor("\n5"), "\(repl.screen())")
    }

    @Test func tabCompletesModelPropertiesAndModuleFunctions() throws {
        let home = try Home()
        let repl = try home.start()
        enter(repl, "r = corpus[1]")
        #expect(repl.waitFor("> ", times: 2), "the corpus loads before the next prompt")
        repl.type("r.quo")
        repl.press("Tab")
        #expect(repl.waitFor("r.quotes"), "\(repl.screen())")
        repl.press("C-u")
        repl.type("pr.stats.me")
        repl.press("Tab")
        repl.press("Tab")
        #expect(repl.waitUntil { $0.contains("mean") && $0.contains("median") }, "\(repl.screen())")
    }

    @Test func tabCompletesAfterAnIndexAndRunShowsTheReport() throws {
        let home = try Home()
        let repl = try home.start()
        repl.type("corpus[1].quo")
        repl.press("Tab")
        #expect(repl.waitFor("corpus[1].quotes"), "\(repl.screen())")
        repl.type("[1].sp")
        repl.press("Tab")
        #expect(repl.waitFor("corpus[1].quotes[1].speaker"), "\(repl.screen())")
        repl.press("C-u")
        enter(repl, ":run quotes-per-speaker limit=2")
        #expect(repl.waitFor("(2 of "), "\(repl.screen())")
        #expect(repl.screen().contains("│ speaker "))
        enter(repl, ":run quotes-per-speakr")
        #expect(repl.waitFor("did you mean 'quotes-per-speaker'?"), "\(repl.screen())")
    }

    @Test func historyIsRecalledAfterARestart() throws {
        let home = try Home()
        let first = try home.start()
        enter(first, "remembered = 'across sessions'")
        first.press("C-d")
        #expect(first.waitForExit())
        first.close()
        let second = try home.start()
        second.press("Up")
        #expect(second.waitFor("remembered = 'across sessions'"), "\(second.screen())")
    }

    @Test func ctrlCStopsALoopAndTheSessionGoesOn() throws {
        let home = try Home()
        let repl = try home.start()
        enter(repl, "while true do end")
        usleep(300_000)
        repl.press("C-c")
        #expect(repl.waitFor("interrupted"), "\(repl.screen())")
        enter(repl, "6 * 7")
        #expect(repl.waitFor("\n42"), "\(repl.screen())")
        repl.press("C-c")
        repl.press("C-c")
        #expect(repl.waitForExit(), "a second Ctrl-C on an empty line leaves")
    }

    @Test func pipedInputRunsPlainly() throws {
        let r = try CLIRunner.run(["repl", CLIRunner.examples + "/corpus"], stdin: "n = #corpus\nn * 10\nerror('x')\nn\n")
        #expect(r.stdout == "40\n4\n")
        #expect(r.stderr.contains("stdin:1: x"))
        #expect(!r.stdout.contains("\u{1B}"))
    }
}
