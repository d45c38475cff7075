/// Lays out a release that came from a container (JSON record, e-mail, web page) the way plain
/// release files are laid out, so the parser sees nothing unusual: the title line, the date
/// line, a blank line, then the body with its paragraphs separated by blank lines.
enum ReleaseLayout {
    /// Metadata keys a container may fill (`SourceDocument.metadata`).
    struct Facts {
        var title: String?
        var date: String?
        var url: String?
        var source: String?
        var sender: String?

        var metadata: [String: String] {
            var m: [String: String] = [:]
            m["title"] = title
            m["date"] = date.map { MetadataDate.iso($0) ?? $0 }
            m["url"] = url
            m["source"] = source
            m["sender"] = sender
            return m
        }
    }

    /// `body` is kept byte for byte; the title is put on one line and the date normalised to ISO.
    static func compose<C: Collection>(_ facts: Facts, body: C) -> [UInt8] where C.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(body.count + 200)
        if let title = facts.title.map(oneLine), !title.isEmpty {
            out += title.utf8
            out.append(0x0A)
        }
        if let raw = facts.date.map(oneLine), !raw.isEmpty {
            out += (MetadataDate.iso(raw) ?? raw).utf8
            out.append(0x0A)
        }
        if !out.isEmpty { out.append(0x0A) }
        out += body
        return out
    }

    /// Paragraphs (already clean text) joined by blank lines.
    static func body(paragraphs: [String]) -> [UInt8] {
        var out: [UInt8] = []
        for (i, p) in paragraphs.enumerated() {
            if i > 0 { out += [0x0A, 0x0A] }
            out += p.utf8
        }
        if !out.isEmpty { out.append(0x0A) }
        return out
    }

    static func oneLine(_ s: String) -> String {
        s.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == " " }).joined(separator: " ")
    }
}
