import Foundation
import PressRelease

/// The inputs of a run (files, directories, glob patterns, `-` for stdin), read lazily and in
/// input order into `SourceDocument`s. Only one file is in memory at a time. Nothing about an
/// input can stop the run: every problem is yielded as a `CorpusItem.problem` naming the file
/// (and line), and counted in the `CorpusSummary` that `forEach` returns.
public struct Corpus: Sendable {
    public var inputs: [String]
    public var options: CorpusOptions

    public init(inputs: [String], options: CorpusOptions = CorpusOptions()) {
        self.inputs = inputs
        self.options = options
    }

    /// Calls `body` for each document or problem, in input order, reading one file at a time.
    /// Errors thrown by `body` stop the iteration and are rethrown.
    @discardableResult
    public func forEach<E: Error>(_ body: (CorpusItem) throws(E) -> Void) throws(E) -> CorpusSummary {
        var summary = CorpusSummary()
        var skippedWhole = false
        var ignoredWhole = false
        let limit = options.maxReleaseBytes
        var sidecars = SidecarCache()
        func emit(_ item: CorpusItem) throws(E) {
            var item = item
            if case .document(var doc) = item, options.sidecars {
                let (fields, problems) = sidecars.fields(for: doc.path)
                for p in problems { try emit(.problem(p)) }
                if let fields { doc.fields.merge(fields) { own, _ in own } }
                item = .document(doc)
            }
            switch item {
            case .document(let doc) where doc.bytes.count > limit:
                let what = doc.record == nil ? "file" : "record"
                try emit(.problem(InputProblem(
                    path: doc.path, line: doc.record == nil ? nil : doc.firstLine, record: doc.record, kind: .tooLarge,
                    reason: "\(what) is \(ByteCount.text(doc.bytes.count)), over the \(ByteCount.text(limit)) limit for one release")))
                return
            case .document:
                summary.documents += 1
            case .problem(let p):
                summary.count(p)
                if p.record == nil, p.severity == .skipped { skippedWhole = true }
                if p.record == nil, p.severity == .ignored { ignoredWhole = true }
            }
            try body(item)
        }
        func finishInput() {
            if skippedWhole { summary.inputsSkipped += 1 } else if ignoredWhole { summary.inputsIgnored += 1 } else { summary.inputsRead += 1 }
            skippedWhole = false
            ignoredWhole = false
        }
        for input in inputs {
            if input == "-" {
                try InputPipeline.run(path: "-", loaded: FileLoader.readStandardInput(limit: options.maxInputBytes),
                                      explicit: true, options: options, emit: emit)
                finishInput()
                continue
            }
            try InputDiscovery.expand(input, options: options, problem: { (problem) throws(E) in
                try emit(.problem(problem))
                skippedWhole = false
                ignoredWhole = false
                if problem.severity == .ignored {
                    summary.inputsIgnored += 1
                    if problem.kind == .unknownType { summary.unknownTypes[problem.extensionName, default: 0] += 1 }
                } else {
                    summary.inputsSkipped += 1
                }
            }, file: { (file) throws(E) in
                if WARCReader.handles(file.path) {
                    // Web archives stream record by record; they are never loaded whole.
                    try WARCReader.read(path: file.path, options: options, emit: emit)
                    finishInput()
                    return
                }
                try InputPipeline.run(path: file.path, loaded: FileLoader.read(file.path, limit: options.maxInputBytes),
                                      explicit: file.explicit, options: options, emit: emit)
                finishInput()
            })
        }
        return summary
    }
}

/// One input from bytes on disk to documents: decompress, check for binary and empty input,
/// decode to UTF-8, pick the format, hand over to its reader.
enum InputPipeline {
    static func run<E: Error>(path: String, loaded: FileLoader.Outcome, explicit: Bool, options: CorpusOptions,
                              emit: (CorpusItem) throws(E) -> Void) throws(E) {
        func skip(_ kind: InputProblem.Kind, _ reason: String) throws(E) {
            try emit(.problem(InputProblem(path: path, kind: kind, reason: reason)))
        }
        guard case .bytes(var bytes) = loaded else {
            if case .problem(let kind, let reason) = loaded { try skip(kind, reason) }
            return
        }
        if Gunzip.isGzip(bytes) {
            switch Gunzip.decompress(bytes, limit: options.maxInputBytes) {
            case .bytes(let plain): bytes = plain
            case .problem(let kind, let reason): try skip(kind, reason); return
            }
        }
        if bytes.isEmpty { try skip(.empty, "empty file"); return }
        let hasBOM = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        let utf16 = hasBOM ? nil : BinarySniffer.bomlessUTF16(bytes)
        if !hasBOM, utf16 == nil, let reason = BinarySniffer.binaryReason(bytes) {
            try skip(.binary, reason)
            return
        }
        if !hasBOM, FormatDetector.detect(path: path, bytes: bytes, forced: options.forcedFormat) == .mail {
            // Mail declares a charset per part; decoding the whole file first would garble 8-bit parts.
            try MailReader.read(ReaderInput(path: path, bytes: bytes, explicit: explicit), emit: emit)
            return
        }
        let decoded = TextDecoder.decode(bytes, bomlessUTF16: utf16)
        bytes = []  // release the undecoded copy before parsing
        if let warning = decoded.warning {
            try emit(.problem(InputProblem(path: path, severity: .warning, kind: .encoding, reason: warning)))
        }
        if ByteLines.isBlank(decoded.bytes[...]) || decoded.bytes.allSatisfy({ $0 == 0x0A || $0 == 0x0D || $0 == 0x20 || $0 == 0x09 }) {
            try skip(.empty, "empty file (only whitespace)")
            return
        }
        let input = ReaderInput(path: path, bytes: decoded.bytes, explicit: explicit)
        switch FormatDetector.detect(path: path, bytes: decoded.bytes, forced: options.forcedFormat) {
        case .text: try PlainTextReader.read(input, emit: emit)
        case .markdown: try PlainTextReader.readMarkdown(input, emit: emit)
        case .jsonl: try JSONLinesReader.read(input, options: options, emit: emit)
        case .html: try HTMLReader.read(input, emit: emit)
        case .mail: try MailReader.read(input, emit: emit)
        }
    }
}
