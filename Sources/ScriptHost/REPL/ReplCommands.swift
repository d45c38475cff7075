import Corpus
import Foundation
import LuaKit
import Report

/// The REPL's colon commands: `:help [TOPIC]`, `:load FILE`, `:run SCRIPT`, `:quit`.
final class ReplCommands {
    unowned let session: ReplSession

    init(session: ReplSession) { self.session = session }

    static let summary = """
        :help [TOPIC]   the API: a type (Release), a function (pr.releases) or a module (pr)
        :load FILE      run a Lua file in this session; a release file or folder is added to `corpus`
        :run SCRIPT [name=value ...]  run a report script (a file or a name: :run top-quoted) and show its report
        :quit           leave (also Ctrl-D)
        """

    func run(_ line: String) -> ReplSession.Outcome {
        let words = line.dropFirst().split(separator: " ", maxSplits: 1).map(String.init)
        let argument = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : ""
        switch words.first ?? "" {
        case "quit", "q", "exit": return .quit
        case "help", "h", "?": return help(argument)
        case "load": return load(argument)
        case "run": return runScript(argument)
        default: return .failed("unknown command '\(line)'; try :help")
        }
    }

    /// The same text as `pranalyze docs [TOPIC]`, from the registry that binds the API.
    private func help(_ topic: String) -> ReplSession.Outcome {
        let registry = APIRegistry.standard
        if topic.isEmpty { return .done("Commands:\n\(Self.summary)\n\n" + registry.overview()) }
        guard let found = registry.topics(matching: topic).first else {
            return .failed("no help for '\(topic)'; try :help for the topics")
        }
        return .done(registry.text(found))
    }

    private func load(_ path: String) -> ReplSession.Outcome {
        guard !path.isEmpty else { return .failed("usage: :load FILE") }
        guard FileManager.default.fileExists(atPath: path) else { return .failed("\(path): no such file") }
        if path.hasSuffix(".lua") {
            do {
                try session.host.runFile(path)
                return .done("")
            } catch {
                session.host.vm.resetLimits()
                return .failed(String(describing: error))
            }
        }
        session.host.addInputs([path])
        return .done("added \(path) to corpus")
    }

    /// `:run` takes what the CLI takes: a file, or a script name on the search path; the report
    /// the script returns is shown as the terminal shows it.
    private func runScript(_ argument: String) -> ReplSession.Outcome {
        let words = argument.split(separator: " ").map(String.init)
        guard let name = words.first else { return .failed("usage: :run SCRIPT [name=value ...]") }
        guard let path = Self.resolve(name) else {
            let catalog = ScriptCatalog(searchPath: ScriptSearchPath.standard())
            let hint = NearestName.find(name, among: catalog.entries.map(\.name)).map { "; did you mean '\($0)'?" } ?? ""
            return .failed("no script named '\(name)': not a file, nor a script on the search path\(hint)")
        }
        do {
            switch try session.host.runScript(path: path, arguments: Array(words.dropFirst())) {
            case .report(let report):
                var text = render(report, format: .table, colour: session.colour)
                while text.hasSuffix("\n") { text.removeLast() }
                return .done(text)
            case .none, .text, .partial: return .done("")
            }
        } catch {
            session.host.vm.resetLimits()
            return .failed(String(describing: error))
        }
    }

    /// A script file, else the script of that name on the search path.
    static func resolve(_ name: String) -> String? {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: name, isDirectory: &isDirectory), !isDirectory.boolValue { return name }
        guard ScriptCatalog.isScriptName(name) else { return nil }
        return ScriptCatalog(searchPath: ScriptSearchPath.standard()).lookup(name)?.path
    }
}
