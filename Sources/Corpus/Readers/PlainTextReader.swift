import PressRelease
/// Plain text and Markdown. A text file yields one release, or several when
/// `MultiReleaseSplitter` finds boundaries (then each gets a record number and first line).
/// Markdown is one release per file; YAML front matter (`title:`, `date:`, …) becomes metadata.
enum PlainTextReader {
    static func read<E: Error>(_ input: ReaderInput, emit: (CorpusItem) throws(E) -> Void) throws(E) {
        let chunks = MultiReleaseSplitter.split(input.bytes)
        if chunks.count == 1 {
            try emit(.document(SourceDocument(path: input.path, bytes: input.bytes, format: "text")))
            return
        }
        for (i, chunk) in chunks.enumerated() {
            try emit(.document(SourceDocument(path: input.path, bytes: Array(input.bytes[chunk.range]),
                                              record: i + 1, firstLine: chunk.firstLine, format: "text")))
        }
    }

    static func readMarkdown<E: Error>(_ input: ReaderInput, emit: (CorpusItem) throws(E) -> Void) throws(E) {
        guard let front = FrontMatter.parse(input.bytes) else {
            try emit(.document(SourceDocument(path: input.path, bytes: input.bytes, format: "markdown")))
            return
        }
        let body = input.bytes[front.bodyStart...]
        var facts = ReleaseLayout.Facts()
        facts.title = front.fields["title"]
        facts.date = front.fields["date"]
        facts.url = front.fields["url"] ?? front.fields["link"]
        facts.source = front.fields["source"] ?? front.fields["author"]
        // A body that opens with its own heading already has the headline; do not repeat it.
        let firstText = body.drop(while: { $0 == 0x0A || $0 == 0x0D || $0 == 0x20 || $0 == 0x09 })
        let keepBody = facts.title == nil || firstText.first == UInt8(ascii: "#")
        let bytes = keepBody ? Array(body) : ReleaseLayout.compose(facts, body: body)
        var doc = SourceDocument(path: input.path, bytes: bytes, firstLine: front.bodyLine,
                                 metadata: facts.metadata, format: "markdown")
        doc.fields = front.fields
        try emit(.document(doc))
    }
}

/// `---` delimited YAML front matter with simple `key: value` scalars (what static-site
/// generators and scrapers write); nested YAML is not needed for release metadata.
enum FrontMatter {
    struct Parsed {
        var fields: [String: String]
        var bodyStart: Int
        var bodyLine: Int
    }

    static func parse(_ bytes: [UInt8]) -> Parsed? {
        guard bytes.starts(with: Array("---\n".utf8)) || bytes.starts(with: Array("---\r\n".utf8)) else { return nil }
        var fields: [String: String] = [:]
        var start = bytes.firstIndex(of: 0x0A)! + 1
        var line = 2
        while start < bytes.count, line <= 200 {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            let text = String(decoding: ByteLines.trimmed(bytes[start..<end]), as: UTF8.self)
            if text == "---" || text == "..." {
                return Parsed(fields: fields, bodyStart: min(end + 1, bytes.count), bodyLine: line + 1)
            }
            if let colon = text.firstIndex(of: ":") {
                let key = text[..<colon].trimmingSpaces.lowercased()
                var value = text[text.index(after: colon)...].trimmingSpaces
                if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                    value = String(value.dropFirst().dropLast())
                }
                if !key.isEmpty, !value.isEmpty, fields[key] == nil { fields[key] = value }
            }
            start = end + 1
            line += 1
        }
        return nil
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        String(self.drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
