/// The parsed model as JSON, for `pranalyze parse --format json`, jq and pandas: an array with one
/// object per release, keys in a fixed order, byte offsets into the source and 1-based line/column.
///
/// Per release: `id`, `path`, `record`, `url`, `source`, `meta` {field: text, see `Release.meta`}, `kind`, `headline`, `headline_at` {start, line, column},
/// `subheadline`, `date`, `dateline` {text, place, date, agency, start, stop, line, column},
/// `words`, `paragraphs` [{index, text, start, stop, line, column, sentences [{index, text, start,
/// stop, line, column}]}], `boilerplate` [{kind, text, start, stop, line, column}], `contacts`
/// [{name, organization, phone, email, start, stop, line, column}], `warnings` [{code, message,
/// offset}], then the speech analysis: `quotes` [{text, speaker (index into `people`), mention, cue,
/// cue_text, addressee, kind, paragraph, sentence, confidence, start, stop, line, column}], `people`
/// [{name, surname, titles, affiliation, mentions, quotes (indices into `quotes`), gender, line}],
/// `organizations` [{name, acronym, mentions}], `places` [{name, mentions}] and `attributions`
/// (quoted and reported statements, see `writeAttributions`).
/// `start`/`stop` are byte offsets into the source; absent values are `null`.
public enum ReleaseJSON {
    public static func render(_ releases: [Release], indent: Int = 2) -> String {
        var w = JSONWriter(indent: indent)
        w.beginArray()
        for r in releases { write(r, &w) }
        w.endArray()
        return w.string + "\n"
    }

    static func write(_ r: Release, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("id", r.id)
        w.field("path", r.path)
        w.field("record", r.source.record)
        w.field("url", r.url)
        w.field("source", r.sourceName)
        w.beginObject("meta")
        for (k, v) in r.meta.sorted(by: { $0.key < $1.key }) { w.field(k, v) }
        w.endObject()
        w.field("kind", r.kind)
        w.field("headline", r.headline)
        if let s = r.headlineStart { span("headline_at", s, nil, r, &w) } else { w.field("headline_at", nil as Int?) }
        w.field("subheadline", r.subheadline)
        w.field("date", r.date)
        if let d = r.dateline {
            w.beginObject("dateline")
            w.field("text", d.text)
            w.field("place", d.place)
            w.field("date", d.date)
            w.field("agency", d.agency)
            position(d.start, d.stop, r, &w)
            w.endObject()
        } else {
            w.field("dateline", nil as String?)
        }
        w.field("words", r.words)
        w.beginArray("paragraphs")
        for p in r.paragraphs {
            w.beginObject()
            w.field("index", p.index)
            w.field("text", p.text)
            position(p.start, p.stop, r, &w)
            w.beginArray("sentences")
            for s in r.sentences(in: p) {
                let range = r.sourceRange(of: s)
                w.beginObject()
                w.field("index", s.index)
                w.field("text", s.text)
                position(range.lowerBound, range.upperBound, r, &w)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.beginArray("boilerplate")
        for b in r.boilerplate {
            w.beginObject()
            w.field("kind", b.kind.rawValue)
            w.field("text", b.text)
            position(b.start, b.stop, r, &w)
            w.endObject()
        }
        w.endArray()
        w.beginArray("contacts")
        for c in r.contacts {
            w.beginObject()
            w.field("name", c.name)
            w.field("organization", c.organization)
            w.field("phone", c.phone)
            w.field("email", c.email)
            position(c.start, c.stop, r, &w)
            w.endObject()
        }
        w.endArray()
        w.beginArray("warnings")
        for x in r.warnings {
            w.beginObject()
            w.field("code", x.code)
            w.field("message", x.message)
            w.field("offset", x.offset)
            w.endObject()
        }
        w.endArray()
        writeSpeech(r, &w)
        writeAttributions(r, &w)
        w.endObject()
    }

    static func position(_ start: Int, _ stop: Int, _ r: Release, _ w: inout JSONWriter) {
        let p = r.position(of: start)
        w.field("start", start)
        w.field("stop", stop)
        w.field("line", p.line)
        w.field("column", p.column)
    }

    private static func span(_ key: String, _ start: Int, _ stop: Int?, _ r: Release, _ w: inout JSONWriter) {
        let p = r.position(of: start)
        w.beginObject(key)
        w.field("start", start)
        w.field("line", p.line)
        w.field("column", p.column)
        w.endObject()
    }
}
