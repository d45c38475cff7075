import Report
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a script's `print` goes: C stdio's stdout, so that its order with anything else written
/// through stdio (a trusted script's `io.write`) is kept.
public final class OutputSink {
    public private(set) var bytesWritten = 0
    /// Stop the script once it has printed this many bytes (nil: no cap).
    public var limit: Int?
    /// Show controls and bidi overrides escaped: on by default when stdout is a terminal, where
    /// an ESC sequence in a quote or a script's `print` could drive it.
    public var escapeControls: Bool

    public init(limit: Int? = nil, escapeControls: Bool = isatty(STDOUT_FILENO) == 1) {
        self.limit = limit
        self.escapeControls = escapeControls
    }

    public func write(_ text: String) throws {
        var text = escapeControls ? TerminalText.escape(text) : text
        let count = text.utf8.count
        if let limit, bytesWritten + count > limit {
            throw OutputLimitExceeded(limit: limit)
        }
        text.withUTF8 { _ = fwrite($0.baseAddress, 1, $0.count, stdout) }
        bytesWritten += count
    }

    public func flush() { fflush(stdout) }
}

public struct OutputLimitExceeded: Error, CustomStringConvertible {
    public var limit: Int
    public var description: String { "output limit exceeded (\(limit) bytes; raise it with --max-output)" }
}
