extension ReleaseJSON {
    /// Quotes, people, organisations and places (see `ReleaseJSON`'s schema).
    static func writeSpeech(_ r: Release, _ w: inout JSONWriter) {
        let speech = r.speech
        w.beginArray("quotes")
        for q in speech.quotes {
            w.beginObject()
            w.field("text", q.text)
            w.field("speaker", q.speakerIndex)
            w.field("mention", q.mention)
            w.field("cue", q.cue?.lemma)
            w.field("cue_text", q.cue?.words)
            w.field("addressee", q.addressee)
            w.field("kind", q.kind.rawValue)
            w.field("paragraph", q.paragraph)
            w.field("sentence", q.sentence)
            w.field("confidence", q.confidence)
            w.field("rule", q.rule?.rawValue)
            position(q.start, q.stop, r, &w)
            w.endObject()
        }
        w.endArray()
        w.beginArray("people")
        for p in speech.people {
            w.beginObject()
            w.field("name", p.name)
            w.field("surname", p.surname)
            w.field("titles", p.titles)
            w.field("affiliation", p.affiliation)
            w.field("mentions", p.mentions)
            w.beginArray("quotes")
            for i in p.quotes { w.value(i) }
            w.endArray()
            w.field("gender", p.gender.rawValue)
            w.field("line", r.position(of: p.firstOffset).line)
            w.endObject()
        }
        w.endArray()
        w.beginArray("organizations")
        for o in speech.organizations {
            w.beginObject()
            w.field("name", o.name)
            w.field("acronym", o.acronym)
            w.field("mentions", o.mentions)
            w.endObject()
        }
        w.endArray()
        w.beginArray("places")
        for p in speech.places {
            w.beginObject()
            w.field("name", p.name)
            w.field("mentions", p.mentions)
            w.endObject()
        }
        w.endArray()
    }
}
