extension ReleaseJSON {
    /// `attributions` [{kind, text, speaker (index into `people`, null for a speaker only reported
    /// speech names), speaker_name, speaker_kind, source, source_start, source_stop, cue, cue_text,
    /// addressee, rule, confidence, paragraph, sentence, quote (index into `quotes`), start, stop,
    /// line, column}], in text order.
    static func writeAttributions(_ r: Release, _ w: inout JSONWriter) {
        let listed = r.speech.people.count
        w.beginArray("attributions")
        for s in r.attributions {
            w.beginObject()
            w.field("kind", s.kind.rawValue)
            w.field("text", s.text)
            w.field("speaker", s.speakerIndex.flatMap { $0 < listed ? $0 : nil })
            w.field("speaker_name", s.speakerName)
            w.field("speaker_kind", s.speakerKind?.rawValue)
            w.field("source", s.source)
            w.field("source_start", s.sourceStart)
            w.field("source_stop", s.sourceStop)
            w.field("cue", s.cue?.lemma)
            w.field("cue_text", s.cue?.words)
            w.field("addressee", s.addressee)
            w.field("rule", s.rule)
            w.field("confidence", s.confidence)
            w.field("paragraph", s.paragraph)
            w.field("sentence", s.sentence)
            w.field("quote", s.quote)
            position(s.start, s.stop, r, &w)
            w.endObject()
        }
        w.endArray()
    }
}
