import Corpus
import Foundation
import LuaKit

/// The REPL's colon commands: `:help [TOPIC]`, `:load FILE`, `:run SCRIPT`, `:quit`.
final class ReplCommands {
    unowned let session: ReplSession

    init(session: ReplSession) { self.session = session }

    static let summary = """
        :help [TOPIC]   the API: a type (Release), a function (pr.releases) or a module (pr)
        :load FILE      run a Lua file in this session; a release file or folder is added to `corpus`
        :run SCRIPT [name=value ...]  run a report script over the corpus
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

    private func runScript(_ argument: String) -> ReplSession.Outcome {
        let words = argument.split(separator: " ").map(String.init)
        guard let path = words.first else { return .failed("usage: :run SCRIPT [name=value ...]") }
        do {
            try session.host.runScript(path: path, arguments: Array(words.dropFirst()))
            return .done("")
        } catch {
            session.host.vm.resetLimits()
            return .failed(String(describing: error))
        }
    }
}
