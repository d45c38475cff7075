import PressRelease
import Foundation

/// JSON Lines / NDJSON: one release per line, parsed with Foundation's `JSONDecoder`.
/// Field names come from `JSONFieldNames` (first non-empty match wins). A malformed line or a
/// record without text is skipped with a message naming the line; the other lines are read.
/// A file in which no record has a text field is one problem for the whole file (for a file
/// found while recursing, such as a corpus's metadata `index.jsonl`, it is merely ignored).
enum JSONLinesReader {
    static func read<E: Error>(_ input: ReaderInput, options: CorpusOptions,
                               emit: (CorpusItem) throws(E) -> Void) throws(E) {
        let fields = options.jsonFields
        let decoder = JSONDecoder()
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
            let object: [String: JSONValue]
            do {
                guard case .object(let parsed) = try decoder.decode(JSONValue.self, from: Data(slice)) else {
                    try emit(.problem(problem(.malformed, "not a JSON object")))
                    continue
                }
                object = parsed
            } catch {
                // JSONDecoder says only "not valid JSON"; JSONSerialization says where. Ask it on this rare path.
                var why = describe(error)
                do { _ = try JSONSerialization.jsonObject(with: Data(slice), options: [.fragmentsAllowed]) } catch { why = describe(error) }
                try emit(.problem(problem(.malformed, "malformed JSON: \(why)")))
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
            var doc = SourceDocument(path: input.path, bytes: ReleaseLayout.compose(facts, body: Array(text.utf8)),
                                     record: record, firstLine: line.number, metadata: facts.metadata, format: "jsonl")
            // Every other field (a `party`, a `member`) reaches scripts as r.meta; the text does not.
            for (key, v) in object where !fields.text.contains(key) { doc.fields[key] = v.text }
            try emit(.document(doc))
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
    static func value(_ object: [String: JSONValue], _ names: [String]) -> String? {
        for name in names {
            // A byte test: Foundation's trimmingCharacters copies the whole text through UTF-16.
            if let s = object[name]?.text, s.utf8.contains(where: { $0 > 0x20 }) { return s }
        }
        return nil
    }

    private static func describe(_ error: Error) -> String {
        var detail: String
        switch error {
        case DecodingError.dataCorrupted(let context):
            detail = context.debugDescription
            if let underlying = context.underlyingError {
                detail = (underlying as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(underlying)"
            }
        default:
            detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        }
        return detail.count > 160 ? String(detail.prefix(160)) + "…" : detail
    }
}
