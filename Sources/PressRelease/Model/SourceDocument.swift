/// One release's worth of decoded input, before parsing: what a corpus reader hands the parser.
///
/// `bytes` is UTF-8 (readers decode other encodings first). Every offset in the parsed model is a
/// byte offset into `bytes`, so reports can point back into the source.
public struct SourceDocument: Sendable {
    /// The file the release came from (`-` for standard input).
    public var path: String
    /// 1-based record number inside a multi-release file (JSON Lines, mbox, split text); nil for one-release files.
    public var record: Int?
    /// 1-based line of `path` where this record starts (1 for whole files).
    public var firstLine: Int
    /// The release text as UTF-8.
    public var bytes: [UInt8]
    /// Facts the container already knew (JSON fields, e-mail headers, HTML meta): `title`, `date`, `url`, `source`, `sender`.
    public var metadata: [String: String]
    /// Every other field the container or a sidecar index (`index.jsonl`/`index.csv` beside the
    /// file) gives: JSON fields beyond the mapped ones, front matter, mail headers, HTML `<meta>`,
    /// a congress index's `party` or `member`. Scripts see these with `metadata` as `r.meta`; the
    /// parser never reads them, so a sidecar cannot mask what the text itself says.
    public var fields: [String: String] = [:]
    /// How the input was read: `text`, `markdown`, `jsonl`, `html`, `email`.
    public var format: String

    public init(path: String, bytes: [UInt8], record: Int? = nil, firstLine: Int = 1,
                metadata: [String: String] = [:], format: String = "text") {
        self.path = path
        self.bytes = bytes
        self.record = record
        self.firstLine = firstLine
        self.metadata = metadata
        self.format = format
    }

    public init(path: String, text: String, record: Int? = nil, metadata: [String: String] = [:]) {
        self.init(path: path, bytes: Array(text.utf8), record: record, metadata: metadata)
    }

    /// A stable id: the path, plus `#record` for multi-release files.
    public var id: String { record.map { "\(path)#\($0)" } ?? path }
}
