import LuaKit
import PressRelease

/// `Release`: one parsed press release.
enum ReleaseBinding {
    static func declare() -> LuaClass<Release> {
        let c = LuaClass<Release>("Release", staleMessage:
            "this Release is no longer valid: its corpus run moved on (keep the values you need, not the handle)")
        c.doc = "One parsed press release. Properties are computed on first read and then cached."
        c.example = "for r in pr.releases() do print(r.date, r.headline, #r.paragraphs) end"
        c.since = ModelBinding.since
        c.property("id", "string", doc: "Stable id: the path, plus `#record` inside multi-release files.") { s, r in s.push(r.id) }
        c.property("path", "string", doc: "The file the release came from (`-` for standard input).") { s, r in s.push(r.path) }
        c.property("url", "string?", doc: "The release's web address: the container's (JSON `url`, HTML canonical link, front matter `url`), else a sidecar index's `url`/`source_url`/`original_url`.",
                   since: "0.2.0") { s, r in s.push(r.url) }
        c.property("source", "string?", doc: "Who or where it comes from: the container's source (site name, JSON `source`, mail organisation), else a sidecar index's `site`/`service`, else the folder holding the file (`congress-us`).",
                   example: "counts[r.source] = (counts[r.source] or 0) + 1", since: "0.2.0") { s, r in s.push(r.sourceName) }
        c.property("meta", "table<string, string>", doc: "Every metadata field of the release, read-only, values as text: JSON Lines fields beyond the text, Markdown front matter, mail headers (lower-case names), HTML `<meta>` names, and the release's record in a sidecar `index.jsonl`/`index.csv` beside the file (keyed by its `file` field). The container's own `title`, `date`, `url`, `source` win over a sidecar's.",
                   example: "print(r.meta.party, r.meta.member)", since: "0.2.0") { s, r in
            let meta = r.meta
            s.newTable(fields: meta.count)
            for (k, v) in meta.sorted(by: { $0.key < $1.key }) { s.setField(k) { s.push(v) } }
            try s.makeTopReadOnly(name: "r.meta")
        }
        c.property("kind", "string?", doc: "press release, statement, media advisory, … when a label says so.") { s, r in s.push(r.kind) }
        c.property("headline", "string?", doc: "The headline.") { s, r in s.push(r.headline) }
        c.property("subheadline", "string?", doc: "The subheadline, when there is one.") { s, r in s.push(r.subheadline) }
        c.property("date", "string?", doc: "ISO date `YYYY-MM-DD` of the release.",
                   example: "if r.date and r.date >= '2020-01-01' then … end") { s, r in s.push(r.date) }
        c.property("dateline", "Dateline?", doc: "The dateline opening the body.",
                   example: "print(r.dateline and r.dateline.place)") { s, r in
            if r.dateline != nil { s.pushHandle(DatelineRef(r), of: r, as: s.model.dateline) } else { s.pushNil() }
        }
        c.property("paragraphs", "Paragraph[]", doc: "Body paragraphs (no headline, dateline or boilerplate).",
                   example: "for i, p in ipairs(r.paragraphs) do print(i, p.text) end") { s, r in
            s.pushList(r.paragraphs.count) { i in s.pushHandle(ParagraphRef(r, i), of: r, as: s.model.paragraph) }
        }
        c.property("sentences", "Sentence[]", doc: "Body sentences, across paragraphs.", json: false) { s, r in
            s.pushList(r.sentences.count) { i in s.pushHandle(SentenceRef(r, i), of: r, as: s.model.sentence) }
        }
        c.property("quotes", "Quote[]", doc: "Quoted speech (direct, partial and continued quotes), in source order. Computed on first read.",
                   example: "for _, q in ipairs(r.quotes) do print(q.speaker and q.speaker.name, q.text) end") { s, r in
            s.pushList(r.quotes.count) { i in s.pushHandle(QuoteRef(r, i), of: r, as: s.model.quote) }
        }
        c.property("attributions", "Statement[]", doc: "Every attributed statement, quoted or reported (`Lavrov said Putin is prepared to …`), in text order. Computed on first read only; `r.quotes` alone does not pay for it.",
                   example: "for _, st in ipairs(r.attributions) do print(st.kind, st.speaker_name, st.text) end") { s, r in
            s.pushList(r.attributions.count) { i in s.pushHandle(StatementRef(r, i), of: r, as: s.model.statement) }
        }
        c.property("terms", "Quote[]", doc: "Quoted terms that are not speech: scare quotes, names of acts and works (`kind = \"term\"`).") { s, r in
            s.pushList(r.speech.terms.count) { i in s.pushHandle(QuoteRef(r, i, term: true), of: r, as: s.model.quote) }
        }
        c.property("people", "Person[]", doc: "The individuals named, one Person each, in order of first mention.") { s, r in
            s.pushList(r.people.count) { i in s.pushHandle(PersonRef(r, i), of: r, as: s.model.person) }
        }
        c.property("organizations", "Organization[]", doc: "Organisations named, with acronyms and mention counts.") { s, r in
            s.pushList(r.organizations.count) { i in s.pushHandle(OrganizationRef(r, i), of: r, as: s.model.organization) }
        }
        c.property("places", "Place[]", doc: "Places named, with mention counts.") { s, r in
            s.pushList(r.places.count) { i in s.pushHandle(PlaceRef(r, i), of: r, as: s.model.place) }
        }
        c.property("text", "string", doc: "The body text: paragraphs separated by blank lines.") { s, r in s.push(r.text) }
        c.property("words", "integer", doc: "Number of words in the body.") { s, r in s.push(r.words) }
        c.property("contacts", "Contact[]", doc: "Press contacts from the contact block.") { s, r in
            s.pushList(r.contacts.count) { i in s.pushHandle(ContactRef(r, i), of: r, as: s.model.contact) }
        }
        c.property("boilerplate", "Boilerplate[]", doc: "Text that is not body: end marks, contact blocks, about-us, footers.",
                   example: "for _, b in ipairs(r.boilerplate) do print(b.kind) end") { s, r in
            s.pushList(r.boilerplate.count) { i in s.pushHandle(BoilerplateRef(r, i), of: r, as: s.model.boilerplate) }
        }
        c.property("warnings", "Warning[]", doc: "What the parser noticed but could not make sense of.") { s, r in
            s.pushList(r.warnings.count) { i in s.pushHandle(WarningRef(r, i), of: r, as: s.model.warning) }
        }
        ModelBinding.position(c, "the release (its headline)") { r in (r, r.headlineStart ?? 0) }
        ModelBinding.json(c)
        c.metamethod("__tostring") { s in
            let r = try ModelBinding.this(s, Release.self)
            s.push("Release \(r.date ?? "undated") \(r.headline.map { "\"\($0.truncatedForDisplay())\"" } ?? "(no headline)") [\(r.id)]")
            return 1
        }
        return c
    }
}
