import ArgumentParser
import Foundation
import Report
import ScriptHost

struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Explore a corpus interactively in Lua (also: pranalyze with no arguments, or -i SCRIPT).")

    @Argument(help: "Inputs loaded lazily into `corpus`.")
    var inputs: [String] = []

    @OptionGroup(title: "Inputs") var input: InputOptions
    @OptionGroup var runtime: RuntimeOptions

    func run() throws {
        let host = try runtime.makeHost()
        host.setCorpus(try input.corpus([]))
        try Self.start(host: host, inputs: inputs)
    }

    /// Runs the REPL loop over `host` until the user leaves.
    static func start(host: ScriptHost, inputs: [String]) throws {
        host.addInputs(inputs)
        let session = try ReplSession(host: host)
        session.colour = TerminalColour.enabled(isTTY: isatty(STDOUT_FILENO) == 1,
                                                environment: ProcessInfo.processInfo.environment)
        let reader = ReplLineReader.make(session: session)
        defer { reader.close() }
        if reader.interactive {
            print("pranalyze \(Pranalyze.configuration.version) — Lua 5.4. :help for help, Ctrl-D to leave.")
        }
        var interruptedOnce = false
        while true {
            switch reader.read(session.prompt) {
            case .end:
                if reader.interactive { print("") }
                return
            case .interrupted:
                // Ctrl-C discards the line; a second one on an empty line leaves.
                if interruptedOnce { return }
                interruptedOnce = true
                session.cancelInput()
                print("(Ctrl-C again to leave)")
                continue
            case .line(let line):
                interruptedOnce = false
                switch session.feed(line) {
                case .done(let text): if !text.isEmpty { print(text) }
                case .needMore: continue
                case .failed(let message): Diagnostics.write(message)
                case .quit: return
                }
                fflush(stdout)
            }
        }
    }
}
