import PressRelease
import Foundation

/// JSON Lines / NDJSON: one release per line, parsed with Foundation's `JSONSerialization`.
/// Field names come from `JSONFieldNames` (first non-empty match wins). A malformed line or a
/// record without text is skipped with a message naming the line; the other lines are read.
/// A file in which no record has a text field is one problem for the whole file (for a file
/// found while recursing, such as a corpus's metadata `index.jsonl`, it is merely ignored).
enum JSONLinesReader {
    static func read<E: Error>(_ input: ReaderInput, options: CorpusOptions,
                               emit: (CorpusItem) throws(E) -> Void) throws(E) {
        let fields = options.jsonFields
        var record = 0
        var emitted = 0
        var withoutText: [InputProblem] = []
        for line in ByteLineSequence(input.bytes) {
            let slice = input.bytes[line.range]
            if ByteLines.isBlank(slice) { continue }
            record += 1
            func problem(_ kind: InputProblem.Kind, _ reason: String) -> InputProblem {
                InputProblem(path: input.path, line: line.number, record: record, kind: kind, reason: reason)
            }
            if slice.count > options.maxReleaseBytes + options.maxReleaseBytes / 2 {
                try emit(.problem(problem(.tooLarge, "JSON line is \(ByteCount.text(slice.count)), over the limit for one release")))
                continue
            }
            let object: [String: Any]
            do {
                guard let parsed = try JSONSerialization.jsonObject(with: Data(slice), options: [.fragmentsAllowed]) as? [String: Any] else {
                    try emit(.problem(problem(.malformed, "not a JSON object")))
                    continue
                }
                object = parsed
            } catch {
                try emit(.problem(problem(.malformed, "malformed JSON: \(describe(error))")))
                continue
            }
            guard let text = value(object, fields.text) else {
                let missing = problem(.noText, "no text field (looked for \(fields.text.joined(separator: ", ")))")
                if emitted == 0 { withoutText.append(missing) } else { try emit(.problem(missing)) }
                continue
            }
            for pending in withoutText { try emit(.problem(pending)) }
            withoutText.removeAll()
            var facts = ReleaseLayout.Facts()
            facts.title = value(object, fields.title)
            facts.date = value(object, fields.date)
            facts.url = value(object, fields.url)
            facts.source = value(object, fields.source)
            try emit(.document(SourceDocument(path: input.path, bytes: ReleaseLayout.compose(facts, body: Array(text.utf8)),
                                              record: record, firstLine: line.number,
                                              metadata: facts.metadata, format: "jsonl")))
            emitted += 1
        }
        if emitted == 0, let first = withoutText.first {
            let reason = "no record has a text field (looked for \(fields.text.joined(separator: ", "))); "
                + (input.explicit ? "name the field with the JSON field options" : "not a release file")
            try emit(.problem(InputProblem(path: input.path, line: first.line, severity: input.explicit ? .skipped : .ignored,
                                           kind: .noText, reason: reason)))
        } else if record == 0 {
            try emit(.problem(InputProblem(path: input.path, kind: .empty, reason: "no JSON records")))
        }
    }

    /// The first field among `names` holding something usable as text.
    static func value(_ object: [String: Any], _ names: [String]) -> String? {
        for name in names {
            guard let raw = object[name] else { continue }
            if let s = string(raw), !s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return s }
        }
        return nil
    }

    private static func string(_ raw: Any) -> String? {
        switch raw {
        case let s as String: return s
        case let n as NSNumber: return n.stringValue
        case let d as [String: Any]: return (d["name"] ?? d["title"] ?? d["text"]).flatMap(string)
        case let a as [Any]:
            let parts = a.compactMap(string)
            return parts.isEmpty ? nil : parts.joined(separator: ", ")
        default: return nil
        }
    }

    private static func describe(_ error: Error) -> String {
        let ns = error as NSError
        let detail = ns.userInfo[NSDebugDescriptionErrorKey] as? String ?? ns.localizedDescription
        return detail.count > 160 ? String(detail.prefix(160)) + "…" : detail
    }
}
