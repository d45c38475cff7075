/// A readable dump of what the parser saw, for `pranalyze parse --format text`.
public enum ReleaseText {
    public static func render(_ releases: [Release]) -> String {
        var out = ""
        for (k, r) in releases.enumerated() {
            if k > 0 { out += "\n" }
            out += "== \(r.id)\n"
            line("kind", r.kind, &out)
            line("headline", r.headline, &out)
            line("subheadline", r.subheadline, &out)
            line("date", r.date, &out)
            if let d = r.dateline {
                let parts = [d.place.map { "place=\($0)" }, d.date.map { "date=\($0)" }, d.agency.map { "agency=\($0)" }]
                    .compactMap { $0 }.joined(separator: " ")
                let p = r.position(of: d.start)
                out += "dateline:    \(d.text)  [\(parts)] @\(p.line):\(p.column)\n"
            }
            out += "words:       \(r.words)\n"
            for p in r.paragraphs {
                let pos = r.position(of: p.start)
                out += "\n¶\(p.index) @\(pos.line):\(pos.column)\n"
                for s in r.sentences(in: p) { out += "  [\(s.index)] \(s.text)\n" }
            }
            if !r.boilerplate.isEmpty { out += "\nboilerplate:\n" }
            for b in r.boilerplate {
                let pos = r.position(of: b.start)
                out += "  \(b.kind.rawValue) @\(pos.line):\(pos.column): \(clip(b.text))\n"
            }
            for c in r.contacts {
                let parts = [c.name, c.organization, c.phone, c.email].compactMap { $0 }.joined(separator: " | ")
                out += "contact:     \(parts)\n"
            }
            for w in r.warnings { out += "warning:     \(w.code): \(w.message)\n" }
            speech(r, &out)
        }
        return out
    }

    /// Quotes with who said them and how, then the people.
    private static func speech(_ r: Release, _ out: inout String) {
        let speech = r.speech
        if !speech.quotes.isEmpty { out += "\nquotes:\n" }
        for q in speech.quotes {
            let pos = r.position(of: q.start)
            let who = speech.speaker(of: q)?.name ?? "(no speaker)"
            let how = [q.cue.map { "cue=\($0.lemma)" }, q.mention.map { "mention=\($0)" }, q.addressee.map { "to=\($0)" }]
                .compactMap { $0 }.joined(separator: " ")
            out += "  @\(pos.line):\(pos.column) \(q.kind.rawValue) \(who) [\(how)]: “\(clip(q.text))”\n"
        }
        if !speech.people.isEmpty { out += "\npeople:\n" }
        for p in speech.people {
            let titles = p.titles.isEmpty ? "" : " (\(p.titles.joined(separator: "; ")))"
            out += "  \(p.name)\(titles)\(p.affiliation.map { ", \($0)" } ?? ""): \(p.quotes.count) quotes, \(p.mentionCount) mentions\n"
        }
    }

    private static func line(_ key: String, _ value: String?, _ out: inout String) {
        guard let v = value else { return }
        let label = key + ":"
        out += label + String(repeating: " ", count: max(1, 13 - label.count)) + v + "\n"
    }

    private static func clip(_ s: String) -> String {
        s.utf8.count <= 100 ? s : String(s.prefix(97)) + "…"
    }
}
