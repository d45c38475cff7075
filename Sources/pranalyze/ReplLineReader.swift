import Foundation
import ScriptHost

/// Reads REPL lines: with line editing on a terminal, plainly from a pipe.
struct ReplLineReader {
    enum Input {
        case line(String)
        case interrupted
        case end
    }

    let interactive: Bool
    let read: (_ prompt: String) -> Input

    static func make(session: ReplSession) -> ReplLineReader {
        ReplLineReader(interactive: false) { _ in
            guard let line = Swift.readLine(strippingNewline: true) else { return .end }
            return .line(line)
        }
    }
}
