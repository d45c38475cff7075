import LuaKit
import PressRelease

/// `Sentence`: a sentence of a body paragraph.
enum SentenceBinding {
    static func declare() -> LuaClass<SentenceRef> {
        let c = LuaClass<SentenceRef>("Sentence")
        c.doc = "A sentence of a body paragraph."
        c.example = "for _, s in ipairs(r.sentences) do if #s.text > 300 then print(s) end end"
        c.since = ModelBinding.since
        c.identity { AnyHashable([ObjectIdentifier($0.release).hashValue, $0.index]) }
        c.property("index", "integer", doc: "1-based position in the release.") { s, x in s.push(x.sentence.index) }
        c.property("text", "string", doc: "The sentence.") { s, x in s.push(x.sentence.text) }
        c.property("paragraph", "Paragraph", doc: "The paragraph holding it.", json: false) { s, x in
            s.pushHandle(ParagraphRef(x.release, x.sentence.paragraph - 1), of: x.release, as: s.model.paragraph)
        }
        // The sentence's offset in its paragraph's normalised text, aligned back to the source.
        ModelBinding.position(c, "the sentence", release: \.release, offset: {
            $0.release.sourceOffset(paragraph: $0.sentence.paragraph - 1, textOffset: $0.sentence.textStart)
        })
        ModelBinding.json(c)
        c.metamethod("__tostring") { s in
            let x = try ModelBinding.this(s, SentenceRef.self)
            s.push("Sentence \(x.sentence.index): \(x.sentence.text.truncatedForDisplay())")
            return 1
        }
        return c
    }
}
