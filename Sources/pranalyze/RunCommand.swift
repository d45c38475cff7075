import ArgumentParser
import Corpus
import Foundation
import Report
import ScriptHost

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a Lua script (or a chunk given with -e) over a corpus.")

    @Option(name: .customShort("e"), help: ArgumentHelp("Run this Lua chunk instead of a script file.", valueName: "chunk"))
    var chunk: String?

    @Flag(name: .customShort("i"), help: "Stay in the REPL after running the script.")
    var interactive = false

    @Argument(help: ArgumentHelp("The script (a .lua file, or the name of one on the search path: see `pranalyze scripts`), then inputs: files, directories (recursive), or - for stdin.",
                                 valueName: "script-and-inputs"))
    var arguments: [String] = []

    @Option(name: .customLong("arg"), help: ArgumentHelp("Set a script argument declared in its meta.args (repeatable).",
                                                         valueName: "name=value"))
    var scriptArguments: [String] = []

    @Option(name: .customLong("emit-partial"), help: ArgumentHelp(
        "Write the script's merged partial state to this file instead of finishing (scripts defining partial and merge); combine shards with 'pranalyze merge'.",
        valueName: "file"))
    var emitPartial: String?

    @OptionGroup(title: "Inputs") var input: InputOptions
    @OptionGroup var runtime: RuntimeOptions
    @OptionGroup var output: OutputOptions

    /// `pranalyze` alone on a terminal opens the REPL.
    var opensRepl: Bool { chunk == nil && arguments.isEmpty && isatty(STDIN_FILENO) == 1 }

    func validate() throws {
        if chunk == nil && arguments.isEmpty && !opensRepl {
            throw ValidationError("give a script to run (pranalyze SCRIPT.lua INPUT...) or a chunk with -e")
        }
    }

    func run() throws {
        if opensRepl { return try ReplCommand.start(host: try runtime.makeHost(), inputs: []) }
        let script: Script
        var inputs = arguments
        if let chunk {
            script = .chunk(chunk)
        } else {
            script = .file(try ScriptsCommand.resolve(inputs.removeFirst()))
            // A report over nothing would print an empty table; on a terminal, say what was missing.
            if inputs.isEmpty && !interactive && isatty(STDIN_FILENO) == 1 {
                throw ValidationError("no input given: name files or directories after the script (pranalyze \(arguments[0]) corpus/), a glob, or - to read standard input (pranalyze \(arguments[0]) - < releases.jsonl)")
            }
        }
        let host = try runtime.makeHost()
        host.setCorpus(try input.corpus(inputs))
        runtime.attachProgress(to: host, inputs: inputs)
        do {
            let result: ScriptResult
            switch script {
            case .chunk(let source):
                result = try host.runScript(source: source, name: "=(command line)", arguments: scriptArguments,
                                            emitPartial: emitPartial != nil)
            case .file(let path):
                result = try host.runScript(path: path, arguments: scriptArguments, emitPartial: emitPartial != nil)
            }
            switch result {
            case .report(let report): try output.emit(report)
            case .partial(let value):
                let source: String
                switch script {
                case .chunk(let text): source = text
                case .file(let path): source = try ScriptHost.source(of: path)
                }
                try OutputOptions.write(PartialValue.fileText(value, script: script.name, source: source), to: emitPartial!)
            case .none, .text: break
            }
        } catch let error as ScriptHostError {
            let status = Diagnostics.report(error)
            // -i stays in the REPL after a failed script, as lua -i does.
            if !(interactive && error.isScriptFailure) { throw status }
        }
        if let note = host.correctionsReport { Diagnostics.note(note) }
        if interactive { return try ReplCommand.start(host: host, inputs: []) }
        try input.finish(host.corpusSummary, quiet: runtime.quiet)
    }

    enum Script {
        case file(String)
        case chunk(String)

        var name: String {
            switch self {
            case .file(let path): return (path as NSString).lastPathComponent
            case .chunk: return "(command line)"
            }
        }
    }
}
