import Foundation
import LuaKit
import Report

/// The REPL's semantics, independent of how lines are read (libedit on a terminal, plain stdin
/// otherwise): expressions print their values, incomplete statements ask for more, errors print
/// with a traceback and the session goes on. Mirrors `lua.c`.
public final class ReplSession {
    public enum Outcome: Equatable {
        /// The line ran; `text` is what to show (values of an expression; may be empty).
        case done(String)
        /// The statement is incomplete: show the continuation prompt and feed the next line.
        case needMore
        /// It failed; `text` is the message and traceback. The session goes on.
        case failed(String)
        /// `:quit`.
        case quit
    }

    public let host: ScriptHost
    private var buffer: [String] = []
    private var helpers: LuaRef?
    lazy var commands = ReplCommands(session: self)

    public init(host: ScriptHost) throws {
        self.host = host
        try ReplCorpus.install(in: host)
    }

    public var prompt: String { buffer.isEmpty ? "> " : ">> " }

    /// Whether rendered reports may use colour (the CLI sets it for a terminal without NO_COLOR).
    public var colour = false

    /// Feeds one line of input.
    public func feed(_ line: String) -> Outcome {
        if buffer.isEmpty, line.hasPrefix(":") { return commands.run(line) }
        buffer.append(line)
        let source = buffer.joined(separator: "\n")
        let vm = host.vm
        let base = vm.stack.top
        defer { vm.stack.setTop(base) }
        do {
            // An expression first (`return <line>`), as lua.c does; then a statement.
            do {
                try vm.load("return " + source, name: "=stdin")
            } catch {
                try vm.load(source, name: "=stdin")
            }
        } catch let error as LuaError {
            if error.kind == .syntax && error.message.hasSuffix("<eof>") { return .needMore }
            buffer.removeAll()
            return .failed(error.message)
        } catch {
            buffer.removeAll()
            return .failed(String(describing: error))
        }
        buffer.removeAll()
        return execute(base: base)
    }

    /// Discards a partly typed statement (Ctrl-C at a `>>` prompt).
    public func cancelInput() { buffer.removeAll() }

    /// Stops a running computation; safe to call from another thread (a signal handler's).
    public func interrupt() { host.vm.interrupt() }

    private func execute(base: Int) -> Outcome {
        let vm = host.vm
        vm.resetLimits()
        do {
            try host.withRunLimits("stdin") { try vm.interruptibleBySIGINT { try vm.call(arguments: 0) } }
            let results = vm.stack.top - base
            guard results > 0 else { return .done("") }
            if results == 1, vm.stack.hostClass(at: -1)?.name == "Report" {
                // A report returned at the prompt is shown as the terminal would show a script's.
                var text = render(try ReportReader.read(vm.stack, at: vm.stack.top), format: .table, colour: colour)
                while text.hasSuffix("\n") { text.removeLast() }
                return .done(text)
            }
            // Echoed values are corpus and script text shown to a person: escaped.
            return .done(TerminalText.escape(try show(resultsFrom: base + 1, count: results)))
        } catch let error as ScriptHostError {
            vm.resetLimits()
            return .failed(error.description)
        } catch {
            return .failed(String(describing: error))
        }
    }

    /// Renders values with the prelude's pretty printer.
    func show(resultsFrom first: Int, count: Int) throws -> String {
        let vm = host.vm
        try pushHelper("show")
        for i in 0..<count { vm.stack.pushValue(at: first + i) }
        try vm.call(arguments: count, results: 1)
        defer { vm.stack.pop() }
        return vm.stack.string(at: -1) ?? ""
    }

    /// Pushes a prelude helper (`show`, `keys`), loading the prelude on first use.
    func pushHelper(_ name: String) throws {
        let vm = host.vm
        if helpers == nil {
            try vm.load(ReplPrelude.source, name: "=[repl]")
            vm.stack.push(function: { s in
                guard let cls = s.hostClass(at: 1) else { s.pushNil(); return 1 }
                s.pushList(cls.members.count) { i in s.push(cls.members[i].name) }
                return 1
            })
            try vm.call(arguments: 1, results: 1)
            helpers = vm.ref()
        }
        vm.push(helpers!)
        try vm.stack.getField(name, at: -1)
        vm.stack.remove(at: -2)
    }
}
