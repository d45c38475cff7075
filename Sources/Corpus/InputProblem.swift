import PressRelease

/// An input that could not be read, or was read only in part. Never fatal for the corpus run:
/// each is reported on stderr naming the file (and line), and counted in the summary.
public struct InputProblem: Sendable, Error, CustomStringConvertible {
    public enum Severity: String, Sendable {
        /// The input (or record) was skipped.
        case skipped
        /// The input was read, but something was repaired (e.g. invalid UTF-8 replaced).
        case warning
    }
    public var path: String
    public var line: Int?
    public var severity: Severity
    public var reason: String

    public init(path: String, line: Int? = nil, severity: Severity = .skipped, reason: String) {
        self.path = path
        self.line = line
        self.severity = severity
        self.reason = reason
    }

    public var description: String {
        let place = line.map { "\(path):\($0)" } ?? path
        return "\(place): \(severity == .skipped ? "skipped" : "warning"): \(reason)"
    }
}

/// One thing the corpus yields, in input order.
public enum CorpusItem: Sendable {
    case document(SourceDocument)
    case problem(InputProblem)
}
