/// How a `Corpus` finds and reads its inputs. The CLI maps its flags onto these fields.
public struct CorpusOptions: Sendable {
    /// Read every input as this format instead of detecting it (`--input-format`). Gzip is still undone.
    public var forcedFormat: InputFormat?
    /// Field names looked up, in order, in each JSON Lines record.
    public var jsonFields = JSONFieldNames()
    /// File extensions (lower case, without dot) picked up when recursing into directories or
    /// expanding globs; `.gz` versions of each are picked up too. Files named explicitly are always read.
    public var extensions: Set<String> = [
        "txt", "text", "md", "markdown", "jsonl", "ndjson", "html", "htm", "xhtml", "eml", "mbox", "mbx",
    ]
    /// Whether to descend into hidden (dot) files and directories when recursing.
    public var includeHidden = false
    /// Whether an `index.jsonl`/`index.csv` beside a file adds its record's fields to the release (`r.meta`).
    public var sidecars = true
    /// A single release larger than this is skipped with a message (a 100 MB one-line file is
    /// almost certainly not one press release, and would dominate every report).
    public var maxReleaseBytes = 16 << 20
    /// A file (after decompression) larger than this is skipped; guards against gzip bombs.
    public var maxInputBytes = 1 << 30

    public init() {}
}

/// The JSON field names tried, in order, for each part of a release. Override from the CLI
/// (e.g. `--json-text article_body`) by putting the user's name first.
public struct JSONFieldNames: Sendable, Equatable {
    public var title = ["title", "headline"]
    public var date = ["date", "published", "published_at", "datetime", "time"]
    public var text = ["text", "body", "content"]
    public var url = ["url", "link"]
    public var source = ["source", "agency", "publisher", "member", "author"]

    public init() {}
}
