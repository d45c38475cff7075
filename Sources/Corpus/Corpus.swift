import Foundation
import PressRelease

/// The inputs of a run (files, directories, `-` for stdin), discovered and read lazily in order.
public struct Corpus: Sendable {
    public var inputs: [String]
    public var options: CorpusOptions

    public init(inputs: [String], options: CorpusOptions = CorpusOptions()) {
        self.inputs = inputs
        self.options = options
    }

    /// Calls `body` for each document or problem, in input order, reading one file at a time.
    public func forEach(_ body: (CorpusItem) throws -> Void) rethrows {
        for input in inputs {
            if input == "-" {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                try body(.document(SourceDocument(path: "-", bytes: [UInt8](data))))
                continue
            }
            for path in InputDiscovery.files(for: input, options: options, problems: { try? body(.problem($0)) }) {
                guard let data = FileManager.default.contents(atPath: path) else {
                    try body(.problem(InputProblem(path: path, reason: "cannot read file")))
                    continue
                }
                try body(.document(SourceDocument(path: path, bytes: [UInt8](data))))
            }
        }
    }
}

public struct CorpusOptions: Sendable {
    /// File extensions picked up when recursing into directories.
    public var extensions: Set<String> = ["txt", "md"]
    public init() {}
}
