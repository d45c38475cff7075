/// How an input's text is read. Chosen from the file extension and content (`FormatDetector`),
/// or forced for every input with `CorpusOptions.forcedFormat` (the CLI's `--input-format`).
/// Compression (`.gz`) is orthogonal: it is undone first, then the format applies.
public enum InputFormat: String, Sendable, CaseIterable {
    /// Plain text; a file may hold several releases (split on repeated headers, form feeds, end marks).
    case text
    /// Markdown, one release per file (YAML front matter becomes metadata).
    case markdown
    /// JSON Lines / NDJSON, one release per line.
    case jsonl
    /// A saved web page; the main text is extracted.
    case html
    /// One e-mail message (`.eml`) or an mbox folder of many.
    case mail

    /// The names accepted by `--input-format` (also `ndjson`, `md`, `htm`, `eml`, `mbox`, `txt`).
    public init?(name: String) {
        switch name.lowercased() {
        case "text", "txt", "plain": self = .text
        case "markdown", "md": self = .markdown
        case "jsonl", "ndjson", "json-lines": self = .jsonl
        case "html", "htm": self = .html
        case "mail", "email", "eml", "mbox": self = .mail
        default: return nil
        }
    }

    /// `SourceDocument.format` for documents read this way.
    var documentFormat: String {
        switch self {
        case .text: return "text"
        case .markdown: return "markdown"
        case .jsonl: return "jsonl"
        case .html: return "html"
        case .mail: return "email"
        }
    }
}
