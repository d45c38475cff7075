import Foundation
import PressRelease

/// An input that could not be read, or was read only in part. Never fatal for the corpus run:
/// each is reported on stderr naming the file (and line), and counted in the `CorpusSummary`.
public struct InputProblem: Sendable, Error, CustomStringConvertible {
    public enum Severity: String, Sendable {
        /// The input (or, when `record` is set, that record) was skipped.
        case skipped
        /// The input was read, but something was repaired (e.g. invalid UTF-8 replaced).
        case warning
        /// The input is not a release file (e.g. a metadata `index.jsonl` with no text field found
        /// while recursing); it is passed over without counting as a failure.
        case ignored
    }

    /// What went wrong, for grouping in the summary.
    public enum Kind: String, Sendable, CaseIterable, Comparable {
        case notFound = "not found"
        case noMatch = "pattern matched nothing"
        case unreadable = "unreadable"
        case brokenLink = "broken symbolic link"
        /// A FIFO, device or socket (or a link to one): never opened.
        case notRegular = "not a regular file"
        case empty = "empty"
        case binary = "binary"
        case tooLarge = "too large"
        case encoding = "encoding"
        case malformed = "malformed record"
        case truncated = "truncated or corrupt compression"
        case noText = "no release text"
        /// A web-archive record that is no HTML page (requests, metadata, images…), passed over.
        case notPage = "not a web page"
        /// A corpus folder's README, licence or metadata index, passed over while walking.
        case notRelease = "not a release file"
        /// A file whose extension is no input format (`.pdf`, `.bin`), passed over while walking.
        case unknownType = "unknown file type"
        /// A line of a sidecar metadata index that could not be used.
        case sidecar = "metadata index"

        public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
    }

    public var path: String
    public var line: Int?
    /// 1-based record number for a problem with one record of a multi-release file.
    public var record: Int?
    public var severity: Severity
    public var kind: Kind
    public var reason: String

    public init(path: String, line: Int? = nil, record: Int? = nil, severity: Severity = .skipped,
                kind: Kind, reason: String) {
        self.path = path
        self.line = line
        self.record = record
        self.severity = severity
        self.kind = kind
        self.reason = reason
    }

    /// The file's extension as `.pdf` (`(none)` without one), for grouping passed-over files.
    public var extensionName: String {
        let ext = (path as NSString).pathExtension.lowercased()
        return ext.isEmpty ? "(none)" : "." + ext
    }

    public var description: String {
        var place = path
        if let line { place += ":\(line)" }
        if let record { place += " (record \(record))" }
        return "\(place): \(severity.rawValue): \(reason)"
    }
}

/// One thing the corpus yields, in input order.
public enum CorpusItem: Sendable {
    case document(SourceDocument)
    case problem(InputProblem)
}
