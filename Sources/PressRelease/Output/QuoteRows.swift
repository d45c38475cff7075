import Foundation

/// One row per quote with its provenance, for hand coding and inter-coder checks
/// (`pranalyze parse --format csv|jsonl`, and the bundled `quotes` report, which has the same columns).
///
/// Columns: `file`, `record`, `line`, `column`, `start`, `stop` (byte offsets into the file),
/// `speaker`, `mention`, `titles` (joined with `; `), `affiliation`, `cue`, `kind`, `rule` (the
/// attribution rule that chose the speaker, `q.rule`: `cue-then-speaker`, `colon-lead-in`, `turn`, …),
/// `confidence`, `text`; then one column per metadata field asked for (`r.meta`).
public struct QuoteRows {
    public static let columns = ["file", "record", "line", "column", "start", "stop", "speaker", "mention", "titles",
                                 "affiliation", "cue", "kind", "rule", "confidence", "text"]

    /// A cell: text, a whole number, a fraction, or nothing.
    public enum Value: Equatable {
        case text(String), integer(Int), number(Double), none
    }

    /// Metadata fields added as columns, in order.
    public var meta: [String]
    /// Keep CSV text cells that look like spreadsheet formulas as they are (`--raw-csv`); by
    /// default they are neutralised as OWASP recommends (a leading `'`, quoted).
    public var rawCSV: Bool

    public init(meta: [String] = [], rawCSV: Bool = false) {
        self.meta = meta
        self.rawCSV = rawCSV
    }

    public var header: [String] { Self.columns + meta }

    /// The rows of one release's quotes, in text order.
    public func rows(_ r: Release) -> [[Value]] {
        let fields = meta.isEmpty ? [:] : r.meta
        return r.quotes.map { q in
            let who = r.speaker(of: q)
            func text(_ s: String?) -> Value { s.map(Value.text) ?? .none }
            var row: [Value] = [.text(r.path), r.source.record.map(Value.integer) ?? .none, .integer(q.line), .integer(q.column),
                                .integer(q.start), .integer(q.stop), text(who?.name), text(q.mention),
                                who.map { $0.titles.isEmpty ? Value.none : .text($0.titles.joined(separator: "; ")) } ?? .none,
                                text(who?.affiliation), text(q.cue?.lemma), .text(q.kind.rawValue), text(q.rule?.rawValue),
                                .number(q.confidence), .text(q.text)]
            row += meta.map { text(fields[$0]) }
            return row
        }
    }

    /// The CSV header line (RFC 4180: CRLF line ends, as report CSV has).
    public func csvHeader() -> String { header.map(Self.csvCell).joined(separator: ",") + "\r\n" }

    /// One CSV line per quote.
    public func csv(_ r: Release) -> String {
        rows(r).map { row in
            row.map { v -> String in
                switch v {
                case .text(let s): return rawCSV ? Self.csvCell(s) : Self.neutralCSVCell(s)
                case .integer(let n): return String(n)
                case .number(let d):
                    // As report CSV writes numbers: `1`, `0.8`, at most three decimals.
                    let r = (d * 1000).rounded() / 1000
                    return r == r.rounded() && abs(r) < 1e15 ? String(Int64(r)) : String(r)
                case .none: return ""
                }
            }.joined(separator: ",") + "\r\n"
        }.joined()
    }

    /// One JSON object per quote and line, keys in column order, absent values `null`.
    public func jsonLines(_ r: Release) -> String {
        let names = header
        return rows(r).map { row in
            var w = JSONWriter(indent: 0)
            w.beginObject()
            for (name, v) in zip(names, row) {
                switch v {
                case .text(let s): w.field(name, s)
                case .integer(let n): w.field(name, n)
                case .number(let d): w.field(name, d)
                case .none: w.field(name, nil as String?)
                }
            }
            w.endObject()
            return w.string + "\n"
        }.joined()
    }

    /// A text cell a spreadsheet would evaluate (`=`, `+`, `-`, `@`, tab, CR first) gets a
    /// leading `'` and quotes; any other is written as `csvCell` writes it.
    static func neutralCSVCell(_ s: String) -> String {
        guard let first = s.utf8.first, [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D].contains(first) else { return csvCell(s) }
        return "\"'" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func csvCell(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
