/// An error raised by Lua code, or by the bridge on its behalf.
public struct LuaError: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable, Equatable {
        /// The chunk does not compile.
        case syntax
        /// A runtime error (`error(...)`, a bad index, a host function's error).
        case runtime
        /// A resource limit ended the script; pcall cannot catch these.
        case limit(LuaLimit)
        /// An error in the error handler, or a Lua panic-free internal failure.
        case other
    }

    public var kind: Kind
    /// The message as Lua would print it: `script.lua:12: attempt to index a nil value`.
    public var message: String
    /// `stack traceback:` lines, when the error came from running code.
    public var traceback: String?

    public init(kind: Kind, message: String, traceback: String? = nil) {
        self.kind = kind
        self.message = message
        self.traceback = traceback
    }

    /// The Lua stack has no room left (nesting too deep to walk or build).
    public static let stackOverflow = LuaError(kind: .runtime, message: "stack overflow (values nested too deep for the Lua stack)")

    /// A table crossing the bridge nests deeper than `limit` levels.
    public static func tooDeep(_ limit: Int) -> LuaError {
        LuaError(kind: .runtime, message: "tables nested deeper than \(limit) levels cannot cross between Lua and the host")
    }

    public var description: String {
        traceback.map { "\(message)\n\($0)" } ?? message
    }

    /// Splits a message-handler result (`msg` + `\nstack traceback:\n…`) into its parts.
    init(kind: Kind, handlerOutput: String) {
        if let r = handlerOutput.range(of: "\nstack traceback:") {
            self.init(kind: kind, message: String(handlerOutput[..<r.lowerBound]),
                      traceback: String(handlerOutput[handlerOutput.index(after: r.lowerBound)...]))
        } else {
            self.init(kind: kind, message: handlerOutput)
        }
    }
}

/// The resource limits a script can run into.
public enum LuaLimit: Int32, Sendable {
    case instructions = 1, deadline = 2, interrupt = 3, memory = 4, output = 5

    public var message: String {
        switch self {
        case .instructions: return "instruction limit exceeded"
        case .deadline: return "time limit exceeded"
        case .interrupt: return "interrupted"
        case .memory: return "memory limit exceeded"
        case .output: return "output limit exceeded"
        }
    }
}

/// Thrown by a host function to report a bad argument exactly as Lua does:
/// `bad argument #1 to 'top' (table expected, got nil)`.
public struct LuaArgumentError: Error {
    public var index: Int
    public var message: String
    public init(_ index: Int, _ message: String) {
        self.index = index
        self.message = message
    }
}

/// Thrown by a host function to raise a message without the caller's position prefix.
public struct LuaRawError: Error {
    public var message: String
    public init(_ message: String) { self.message = message }
}
