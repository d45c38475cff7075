import LuaKit
import PressRelease

/// `Quote`: a quoted passage and who said it.
enum QuoteBinding {
    static func declare() -> LuaClass<QuoteRef> {
        let c = LuaClass<QuoteRef>("Quote")
        c.doc = "A quoted passage: its words, the speaker it is attributed to, and how (cue, mention, addressee)."
        c.example = "for _, q in ipairs(r.quotes) do print(q.speaker and q.speaker.name, q.cue, q.text) end"
        c.since = ModelBinding.since
        c.identity { AnyHashable([ObjectIdentifier($0.release).hashValue, $0.index, $0.isTerm ? 1 : 0]) }
        c.property("text", "string", doc: "The quoted words, without the quote marks.") { s, q in s.push(q.quote.text) }
        c.property("speaker", "Person?", doc: "The person the quote is attributed to; nil when the release does not say.",
                   example: "if q.speaker then print(q.speaker.name) end") { s, q in
            if let i = q.quote.speakerIndex { s.pushHandle(PersonRef(q.release, i), of: q.release, as: s.model.person) } else { s.pushNil() }
        }
        c.property("mention", "string?", doc: "The words used for the speaker here: \"he\", \"the minister\", \"Lavrov\".") { s, q in
            s.push(q.quote.mention)
        }
        c.property("cue", "string?", doc: "The cue's dictionary form: `say`, `tell`, `point out`, `according to`; `:` for colon turns, `—` for dash attributions.",
                   example: "counts[q.cue or '?'] = (counts[q.cue or '?'] or 0) + 1") { s, q in s.push(q.quote.cue?.lemma) }
        c.property("cue_text", "string?", doc: "The cue as written: `told`, `pointed out`.") { s, q in s.push(q.quote.cue?.words) }
        c.property("addressee", "string?", doc: "Whom the words were addressed to: \"reporters\" in `told reporters`.") { s, q in
            s.push(q.quote.addressee)
        }
        c.property("kind", "string", doc: "`direct`, `partial` (a fragment inside reported speech), `continued` (a paragraph reopening the quote), `turn` (a transcript turn `Name: …`) or `term` (not speech).") { s, q in
            s.push(q.quote.kind.rawValue)
        }
        c.property("words", "integer", doc: "Number of words quoted.") { s, q in
            var text = q.quote.text
            s.push(text.withUTF8 { WordCounter.count(bytes: $0) })
        }
        c.property("confidence", "number", doc: "0–1: how sure the attribution is: the accuracy of its rule (`q.rule`) on the hand labels, so lower means more errors.") { s, q in
            s.push(q.quote.confidence)
        }
        c.property("rule", "string?", doc: "The rule that chose the speaker (nil when none did): `cue-then-speaker`, `speaker-then-cue`, `dash`, `cue-before`, `clause-then-cue`, `inverted-cue`, `participle`, `colon-lead-in`, `line-before`, `line-after`, `continuation`, `adjacent`, `recent-speaker`, `issuer`, `turn`. Confidence is calibrated per rule on the hand labels.",
                   example: "by_rule[q.rule or '-'] = (by_rule[q.rule or '-'] or 0) + 1") { s, q in s.push(q.quote.rule?.rawValue) }
        c.property("paragraph", "Paragraph", doc: "The paragraph holding the quote.", json: false) { s, q in
            s.pushHandle(ParagraphRef(q.release, q.quote.paragraph - 1), of: q.release, as: s.model.paragraph)
        }
        c.property("sentence", "Sentence?", doc: "The sentence where the quote starts.", json: false) { s, q in
            if let i = q.quote.sentence, q.release.sentences.indices.contains(i - 1) {
                s.pushHandle(SentenceRef(q.release, i - 1), of: q.release, as: s.model.sentence)
            } else { s.pushNil() }
        }
        c.property("start", "integer", doc: "Byte offset of the quoted words in the source file.") { s, q in s.push(q.quote.start) }
        c.property("stop", "integer", doc: "Byte offset just past the quoted words.") { s, q in s.push(q.quote.stop) }
        ModelBinding.position(c, "the quote") { q in (q.release, q.quote.start) }
        c.property("release", "Release", doc: "The release holding it.", json: false) { s, q in s.push(release: q.release) }
        ModelBinding.json(c)
        c.metamethod("__tostring") { s in
            let q = try ModelBinding.this(s, QuoteRef.self)
            let who = q.release.speaker(of: q.quote)?.name ?? "unattributed"
            s.push("Quote (\(who)): “\(q.quote.text.truncatedForDisplay())”")
            return 1
        }
        return c
    }
}
