import Foundation
import LineEdit
import ScriptHost

/// Reads REPL lines through libedit: editing, history across sessions and tab completion on a
/// terminal; plain lines (no prompt, no escape codes) from a pipe.
struct ReplLineReader {
    enum Input {
        case line(String)
        case interrupted
        case end
    }

    let interactive: Bool
    let read: (_ prompt: String) -> Input
    /// Saves the history; called when the REPL ends.
    let close: () -> Void

    static func make(session: ReplSession) -> ReplLineReader {
        let editor = LineEditor(programName: "pranalyze", historyFile: LineEditor.defaultHistoryPath())
        editor.completion = { line, cursor in
            let c = session.complete(line, cursor: cursor)
            // A lone function name gets no suffix: the user may want `f` or `f(`.
            return Completion(replaceFrom: c.start, candidates: c.candidates)
        }
        return ReplLineReader(interactive: editor.isInteractive, read: { prompt in
            switch editor.readLine(prompt: prompt) {
            case .line(let line):
                editor.addHistory(line)
                return .line(line)
            case .interrupted: return .interrupted
            case .endOfInput: return .end
            }
        }, close: { editor.saveHistory() })
    }
}
