import LuaKit
import PressRelease

/// `Statement`: one attributed statement, quoted or reported (`r.attributions`, the `Statement` hook).
enum StatementBinding {
    static func declare() -> LuaClass<StatementRef> {
        let c = LuaClass<StatementRef>("Statement")
        c.doc = "An attributed statement, quoted or not: `Lavrov said Putin is prepared to …` (indirect), a quote in marks (direct), or reported speech partly quoted (mixed). Its content, source, speaker and cue."
        c.example = "for _, st in ipairs(r.attributions) do print(st.kind, st.speaker_name, st.text) end"
        c.since = "0.2.0"
        c.identity { AnyHashable([ObjectIdentifier($0.release).hashValue, $0.index]) }
        c.property("kind", "string", doc: "`direct` (a quote in marks), `partial` (a quoted fragment no reported clause holds), `indirect` (reported speech without marks) or `mixed` (reported speech partly quoted).") { s, x in
            s.push(x.statement.kind.rawValue)
        }
        c.property("text", "string", doc: "The content, without the cue and the source: `Putin is prepared to hold a meeting …`.") { s, x in
            s.push(x.statement.text)
        }
        c.property("speaker", "Person|Organization|table?", doc: "Who made the statement: a Person; an Organization of `r.organizations`; else a table `{ name = …, kind = \"organization\"|\"group\"|\"person\" }` for an unnamed or unlisted source (\"the ministry\", \"officials\"); nil when the text does not say (passive: `it was announced`).",
                   example: "local who = st.speaker; if who then print(who.name) end") { s, x in
            pushSpeaker(s, x)
        }
        c.property("speaker_name", "string?", doc: "The resolved speaker's name: the person's full name, or the organisation or group as written.") { s, x in
            s.push(x.statement.speakerName)
        }
        c.property("speaker_kind", "string?", doc: "`person`, `organization` or `group`.") { s, x in s.push(x.statement.speakerKind?.rawValue) }
        c.property("source", "string?", doc: "The source as written here: \"he\", \"the ministry\", \"Lavrov\".") { s, x in s.push(x.statement.source) }
        c.property("cue", "string?", doc: "The cue's dictionary form: `say`, `argue`, `according to`, `believe`.",
                   example: "counts[st.cue or '?'] = (counts[st.cue or '?'] or 0) + 1") { s, x in s.push(x.statement.cue?.lemma) }
        c.property("cue_text", "string?", doc: "The cue as written: `told`, `was announced`.") { s, x in s.push(x.statement.cue?.words) }
        c.property("addressee", "string?", doc: "Whom it was addressed to: \"reporters\" in `told reporters`.") { s, x in s.push(x.statement.addressee) }
        c.property("rule", "string", doc: "The rule that found it: `quote`, `reported.verb`, `reported.verb-to`, `reported.verb-object`, `reported.passive`, `reported.according-to`, `reported.trailing`, `reported.aside`, `reported.view`.") { s, x in
            s.push(x.statement.rule)
        }
        c.property("confidence", "number", doc: "0–1: how sure the attribution is.") { s, x in s.push(x.statement.confidence) }
        c.property("words", "integer", doc: "Number of words of the content.") { s, x in
            var text = x.statement.text
            s.push(text.withUTF8 { WordCounter.count(bytes: $0) })
        }
        c.property("quote", "Quote?", doc: "The quote this statement is (direct, partial) or holds (mixed).", json: false) { s, x in
            if let i = x.statement.quote { s.pushHandle(QuoteRef(x.release, i), of: x.release, as: s.model.quote) } else { s.pushNil() }
        }
        c.property("paragraph", "Paragraph", doc: "The paragraph holding the content.", json: false) { s, x in
            s.pushHandle(ParagraphRef(x.release, x.statement.paragraph - 1), of: x.release, as: s.model.paragraph)
        }
        c.property("sentence", "Sentence?", doc: "The sentence where the content starts.", json: false) { s, x in
            if let i = x.statement.sentence, x.release.sentences.indices.contains(i - 1) {
                s.pushHandle(SentenceRef(x.release, i - 1), of: x.release, as: s.model.sentence)
            } else { s.pushNil() }
        }
        c.property("start", "integer", doc: "Byte offset of the content in the source file.") { s, x in s.push(x.statement.start) }
        c.property("stop", "integer", doc: "Byte offset just past the content.") { s, x in s.push(x.statement.stop) }
        c.property("source_start", "integer?", doc: "Byte offset of the source words, when the body writes them.") { s, x in s.push(x.statement.sourceStart) }
        c.property("source_stop", "integer?", doc: "Byte offset just past the source words.") { s, x in s.push(x.statement.sourceStop) }
        ModelBinding.position(c, "the content") { x in (x.release, x.statement.start) }
        c.property("release", "Release", doc: "The release holding it.", json: false) { s, x in s.push(release: x.release) }
        ModelBinding.json(c)
        c.metamethod("__tostring") { s in
            let st = try ModelBinding.this(s, StatementRef.self).statement
            s.push("Statement \(st.kind.rawValue) (\(st.speakerName ?? "unattributed")): “\(st.text.truncatedForDisplay())”")
            return 1
        }
        return c
    }

    private static func pushSpeaker(_ s: LuaStack, _ x: StatementRef) {
        let st = x.statement
        if let i = st.speakerIndex {
            s.pushHandle(PersonRef(x.release, i), of: x.release, as: s.model.person)
            return
        }
        guard let name = st.speakerName, let kind = st.speakerKind else { s.pushNil(); return }
        if kind == .organization, let o = organization(named: name, in: x.release) {
            s.pushHandle(OrganizationRef(x.release, o), of: x.release, as: s.model.organization)
            return
        }
        s.newTable(fields: 2)
        s.setField("name") { s.push(name) }
        s.setField("kind") { s.push(kind.rawValue) }
    }

    /// The listed organisation a source names: "Acme", "the Acme Corporation", its acronym.
    private static func organization(named name: String, in r: Release) -> Int? {
        var key = name.lowercased()
        if key.hasPrefix("the ") { key = String(key.dropFirst(4)) }
        return r.organizations.firstIndex { o in o.name.lowercased() == key || o.acronym?.lowercased() == key }
    }
}
