import Foundation

/// Sidecar metadata: an `index.jsonl` or `index.csv` beside release files, one record per file,
/// keyed by its `file` field (or `filename`, `name`, `path`; a path counts by its last component).
/// The other fields of a file's record become that release's `fields` (`r.meta.party`).
struct SidecarIndex {
    /// The file names read as sidecars, in the order tried (the first present wins).
    static let fileNames = ["index.jsonl", "index.csv"]
    static let keyFields = ["file", "filename", "file_name", "name", "path"]

    var byFile: [String: [String: String]] = [:]
    /// Where the index came from, and lines that could not be used.
    var path: String?
    var problems: [InputProblem] = []

    /// The index of `directory`, or an empty one when it has none.
    static func load(directory: String) -> SidecarIndex {
        var index = SidecarIndex()
        for name in fileNames {
            let path = (directory.isEmpty ? "" : directory + "/") + name
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            index.path = path
            if name.hasSuffix(".csv") { index.readCSV(Array(data)) } else { index.readJSONL(Array(data)) }
            break
        }
        return index
    }

    func fields(forFile name: String) -> [String: String]? {
        if let f = byFile[name] { return f }
        if name.hasSuffix(".gz") { return byFile[String(name.dropLast(3))] }
        return nil
    }

    private mutating func add(_ record: [String: String], line: Int) {
        guard let keyName = Self.keyFields.first(where: { record[$0]?.isEmpty == false }), let key = record[keyName] else {
            problems.append(problem(line, "no file field (looked for \(Self.keyFields.joined(separator: ", ")))"))
            return
        }
        var fields = record
        fields[keyName] = nil
        byFile[(key as NSString).lastPathComponent] = fields
    }

    private func problem(_ line: Int, _ reason: String) -> InputProblem {
        InputProblem(path: path ?? "index", line: line, severity: .warning, kind: .sidecar,
                     reason: "metadata index: \(reason); the line's fields are not applied")
    }

    private mutating func readJSONL(_ bytes: [UInt8]) {
        let decoder = JSONDecoder()
        for line in ByteLineSequence(bytes) {
            let slice = bytes[line.range]
            if ByteLines.isBlank(slice) { continue }
            guard case .object(let object)? = try? decoder.decode(JSONValue.self, from: Data(slice)) else {
                problems.append(problem(line.number, "not a JSON object"))
                continue
            }
            add(object.compactMapValues(\.text), line: line.number)
        }
    }

    private mutating func readCSV(_ bytes: [UInt8]) {
        guard let table = CSVTable.parse(bytes) else { return }
        for record in table.records { add(record.fields.filter { !$0.value.isEmpty }, line: record.line) }
    }
}

/// The sidecar indexes met during one corpus run, a few directories at a time: a directory walk
/// reads each directory's files together, so a small cache reads every index once.
struct SidecarCache {
    private var recent: [(directory: String, index: SidecarIndex)] = []
    private static let capacity = 8

    /// The sidecar fields for the file at `path` (nil when its directory has no index or the index
    /// does not list it), and, the first time a directory's index is read, the problems it had.
    mutating func fields(for path: String) -> (fields: [String: String]?, problems: [InputProblem]) {
        guard path != "-" else { return (nil, []) }
        let directory = PathName.directory(path)
        if let hit = recent.firstIndex(where: { $0.directory == directory }) {
            return (recent[hit].index.fields(forFile: PathName.lastComponent(path)), [])
        }
        let index = SidecarIndex.load(directory: directory)
        recent.append((directory, index))
        if recent.count > Self.capacity { recent.removeFirst() }
        return (index.fields(forFile: PathName.lastComponent(path)), index.problems)
    }
}
