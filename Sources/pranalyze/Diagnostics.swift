import Corpus
import Foundation
import LuaKit

/// Messages on stderr, always prefixed so they can be told apart from a script's output.
enum Diagnostics {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func note(_ text: String) { write("pranalyze: \(text)") }

    /// Files of unknown type are only counted (the summary lists them by extension): a folder of
    /// PDFs beside the releases would otherwise bury the messages that matter.
    static func problem(_ problem: InputProblem) {
        if problem.kind == .unknownType { return }
        write("pranalyze: \(problem)")
    }

    static func scriptFailed(_ error: LuaError) {
        write("pranalyze: \(error.message)")
        if let traceback = error.traceback { write(traceback) }
    }
}
