import LuaKit

/// The one error ScriptHost's public API throws: what went wrong (`kind`), a one-line message,
/// and for failed scripts Lua's traceback. The CLI maps kinds to exit statuses.
public struct ScriptHostError: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable, Equatable {
        /// A usage mistake by whoever runs the script (an unknown or ill-typed `--arg`, a contract
        /// the host cannot honour), reported before any hook has run.
        case usage
        /// A script or partial file that cannot be read from disk.
        case unreadable
        /// A partial file that is not a pranalyze partial, or holds what Lua cannot (nil keys, …).
        case partialFile
        /// The script's `meta` cannot be read; `missingMeta` when it simply declares none.
        case metadata
        case missingMeta
        /// A golden test folder lacks what a test needs (`pranalyze scripts test`).
        case missingTest
        /// The script failed: a syntax or runtime error, or a resource limit.
        case script(LuaError.Kind)
    }

    public var kind: Kind
    public var message: String
    /// `stack traceback:` lines for a failed script.
    public var traceback: String?

    public init(_ kind: Kind, _ message: String, traceback: String? = nil) {
        self.kind = kind
        self.message = message
        self.traceback = traceback
    }

    public static func usage(_ message: String) -> ScriptHostError { ScriptHostError(.usage, message) }

    /// A Lua error as the host reports it.
    public init(_ error: LuaError) {
        self.init(.script(error.kind), error.message, traceback: error.traceback)
    }

    /// The script's failure as Lua reported it (nil for other kinds).
    public var luaError: LuaError? {
        guard case .script(let kind) = kind else { return nil }
        return LuaError(kind: kind, message: message, traceback: traceback)
    }

    /// The limit that ended the script, if one did.
    public var limit: LuaLimit? {
        if case .script(.limit(let limit)) = kind { return limit }
        return nil
    }

    /// Whether the fault is the script's (exit 1) rather than how it was invoked (exit 2).
    public var isScriptFailure: Bool {
        if case .script = kind { return true }
        return false
    }

    public var description: String { traceback.map { "\(message)\n\($0)" } ?? message }
}
