/// Exit statuses for a run over a corpus, for the CLI and for scripts that call it:
///
/// - `0` (`ok`): every input was read (warnings such as repaired encodings do not count).
/// - `3` (`someSkipped`): the run completed, but some inputs or records were skipped; each was
///   named on stderr and the summary lists how many and why.
/// - `4` (`strictFailure`): `--strict` was given and something was skipped.
public enum CorpusExitStatus {
    public static let ok: Int32 = 0
    public static let someSkipped: Int32 = 3
    public static let strictFailure: Int32 = 4
}

/// What a corpus run read and what it skipped, and why. Returned by `Corpus.forEach`.
public struct CorpusSummary: Sendable, Equatable {
    /// Inputs (files, or standard input) read, possibly with some records skipped.
    public var inputsRead = 0
    /// Inputs skipped whole.
    public var inputsSkipped = 0
    /// Inputs passed over as not holding releases (found while recursing, e.g. an `index.jsonl`).
    public var inputsIgnored = 0
    /// Releases handed on for parsing.
    public var documents = 0
    /// Records of multi-release files skipped (e.g. a malformed JSON line).
    public var recordsSkipped = 0
    /// Repairs made while reading (e.g. invalid UTF-8 replaced).
    public var warnings = 0
    /// Skipped inputs and records by kind.
    public var skippedByKind: [InputProblem.Kind: Int] = [:]
    /// Warnings and ignored inputs by kind.
    public var warningsByKind: [InputProblem.Kind: Int] = [:]
    /// Files passed over for their type while walking, by extension (`.pdf`: 3).
    public var unknownTypes: [String: Int] = [:]

    public init() {}

    /// True when nothing was skipped.
    public var isComplete: Bool { inputsSkipped == 0 && recordsSkipped == 0 }

    /// The exit status for the run (see `CorpusExitStatus`).
    public func exitStatus(strict: Bool) -> Int32 {
        if isComplete { return CorpusExitStatus.ok }
        return strict ? CorpusExitStatus.strictFailure : CorpusExitStatus.someSkipped
    }

    mutating func count(_ problem: InputProblem) {
        switch problem.severity {
        case .skipped:
            skippedByKind[problem.kind, default: 0] += 1
            if problem.record != nil { recordsSkipped += 1 }
        case .warning:
            warnings += 1
            warningsByKind[problem.kind, default: 0] += 1
        case .ignored:
            warningsByKind[problem.kind, default: 0] += 1
        }
    }

    /// A short report for stderr, e.g.
    /// `corpus: 12 inputs read, 2 skipped (binary: 1, not found: 1); 40 releases; 1 record skipped (malformed record: 1)`.
    public func render() -> String {
        var parts = ["corpus: \(plural(inputsRead, "input")) read"]
        if inputsSkipped > 0 { parts[0] += ", \(inputsSkipped) skipped" }
        if inputsIgnored > 0 { parts[0] += ", \(inputsIgnored) ignored" }
        parts.append(plural(documents, "release"))
        if recordsSkipped > 0 { parts.append("\(plural(recordsSkipped, "record")) skipped") }
        if warnings > 0 { parts.append(plural(warnings, "warning")) }
        var text = parts.joined(separator: "; ")
        if !skippedByKind.isEmpty { text += "\n  skipped: " + breakdown(skippedByKind) }
        if !warningsByKind.isEmpty { text += "\n  warnings and ignored: " + breakdown(warningsByKind) }
        if !unknownTypes.isEmpty {
            text += "\n  not read, no input format: " + unknownTypes.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
                + " (name such a file, or use --input-format, to read it)"
        }
        return text
    }

    private func breakdown(_ counts: [InputProblem.Kind: Int]) -> String {
        counts.sorted { $0.key < $1.key }.map { "\($0.key.rawValue): \($0.value)" }.joined(separator: ", ")
    }

    private func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
}

extension CorpusSummary {
    /// Adds another pass's counts (several passes over a corpus, or several corpora).
    public mutating func add(_ other: CorpusSummary) {
        inputsRead += other.inputsRead
        inputsSkipped += other.inputsSkipped
        inputsIgnored += other.inputsIgnored
        documents += other.documents
        recordsSkipped += other.recordsSkipped
        warnings += other.warnings
        skippedByKind.merge(other.skippedByKind, uniquingKeysWith: +)
        warningsByKind.merge(other.warningsByKind, uniquingKeysWith: +)
        unknownTypes.merge(other.unknownTypes, uniquingKeysWith: +)
    }
}
