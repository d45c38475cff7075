import LuaKit

/// A sandboxed script that reaches for what the sandbox leaves out (`io.open`, `os.getenv`,
/// `require "lfs"`) gets Lua's bare "attempt to index a nil value (global 'io')"; this adds what
/// the sandbox is and how to opt out, so the user does not hunt for a bug in their script.
enum SandboxHint {
    /// Globals the sandbox removes, with what to use instead where there is something.
    static let removed: [(name: String, instead: String?)] = [
        ("io", "print for output, pr.report for tables"),
        ("os", "pr.time for dates and clocks"),
        ("package", nil), ("debug", nil), ("dofile", nil), ("loadfile", nil),
    ]

    /// The error with the hint appended when it names a removed global.
    static func annotate(_ error: LuaError) -> LuaError {
        for (name, instead) in removed where error.message.contains("(global '\(name)')") {
            var annotated = error
            annotated.message += "\n  '\(name)' is not available to sandboxed scripts"
                + (instead.map { " (use \($0))" } ?? "")
                + "; run with --trusted to give a script you wrote or have read io and os"
            return annotated
        }
        return error
    }
}
