import Corpus
import Foundation
import ArgumentParser
import ScriptHost
import Report

/// Messages on stderr, always prefixed so they can be told apart from a script's output.
enum Diagnostics {
    /// Diagnostics name files and carry script and corpus text, so controls and bidi overrides
    /// in them are always shown escaped, whatever stderr is.
    static func write(_ text: String) {
        FileHandle.standardError.write(Data((TerminalText.escape(text) + "\n").utf8))
    }

    static func note(_ text: String) { write("pranalyze: \(text)") }

    /// Files of unknown type are only counted (the summary lists them by extension): a folder of
    /// PDFs beside the releases would otherwise bury the messages that matter.
    static func problem(_ problem: InputProblem) {
        if problem.kind == .unknownType { return }
        write("pranalyze: " + TerminalText.escape(problem.description, keepingLines: false))
    }

    /// Reports a ScriptHost error and says how the command exits: 1 when the script failed,
    /// 2 when it was run wrongly (arguments, unreadable or foreign files).
    @discardableResult
    static func report(_ error: ScriptHostError) -> ExitCode {
        write("pranalyze: " + error.message)  // write escapes it; its lines (hook, release) stay
        if let traceback = error.traceback { write(traceback) }
        return error.isScriptFailure ? ExitStatus.scriptFailed : ExitStatus.usage
    }
}
