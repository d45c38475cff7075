import Foundation

/// A script's golden test, as pandoc's lua-filters repository lays them out: beside the script,
/// `sample/` (the input corpus) or `sample.path` (one line: a corpus directory relative to the
/// script's folder, e.g. `../../Examples/corpus`), one `expected.EXT` per output format
/// (`txt` = the terminal table, `md`, `csv`, `json`, `jsonl`, `html`), and optionally `test-args`
/// (one `name=value` per line, `#` comments) passed as `--arg`.
public struct GoldenTest: Sendable {
    public struct Case: Sendable {
        /// The `--format` value.
        public var format: String
        public var expectedPath: String
    }

    public static let formats: [(ext: String, format: String)] = [
        ("txt", "table"), ("md", "markdown"), ("csv", "csv"), ("json", "json"), ("jsonl", "jsonl"), ("html", "html"),
    ]

    public var folder: String
    /// The corpus to run over, relative to `folder` (the test runs there, so paths print stably).
    public var sample: String
    public var arguments: [String]
    public var cases: [Case]

    /// Reads the test of the script in `folder`; explains what is missing when there is none.
    public init(folder: String) throws {
        let fm = FileManager.default
        self.folder = folder
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: folder + "/sample", isDirectory: &isDirectory), isDirectory.boolValue {
            sample = "sample"
        } else if let pointer = fm.contents(atPath: folder + "/sample.path") {
            sample = String(decoding: pointer, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !sample.isEmpty, fm.fileExists(atPath: folder + "/" + sample) else {
                throw ScriptHostError(.missingTest, "\(folder)/sample.path names '\(sample)', which does not exist")
            }
        } else {
            throw ScriptHostError(.missingTest, "no golden test in \(folder): add sample/ (or sample.path) and expected.txt")
        }
        arguments = Self.readArguments(fm.contents(atPath: folder + "/test-args"))
        cases = Self.formats.compactMap { ext, format in
            let path = folder + "/expected." + ext
            return fm.fileExists(atPath: path) ? Case(format: format, expectedPath: path) : nil
        }
    }

    /// Why there is nothing to compare, when `cases` is empty.
    public var noExpectedOutput: String {
        "no expected output in \(folder): add expected.txt (or .md, .csv, .json, .jsonl, .html); "
            + "`pranalyze scripts test NAME --update` writes it"
    }

    /// Where `--update` writes when there is no expected file yet: the terminal table.
    public static func defaultExpected(folder: String) -> Case {
        Case(format: "table", expectedPath: folder + "/expected.txt")
    }

    static func readArguments(_ data: Data?) -> [String] {
        guard let data else { return [] }
        return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }
}
