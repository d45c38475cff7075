import LuaKit
import PressRelease

/// `Paragraph`: a body paragraph.
enum ParagraphBinding {
    static func declare() -> LuaClass<ParagraphRef> {
        let c = LuaClass<ParagraphRef>("Paragraph")
        c.doc = "A body paragraph, its text normalised (entities decoded, wrapped lines rejoined)."
        c.example = "for _, p in ipairs(r.paragraphs) do print(p.index, #p.sentences, p.line) end"
        c.since = ModelBinding.since
        c.identity { AnyHashable([ObjectIdentifier($0.release).hashValue, $0.index]) }
        c.property("index", "integer", doc: "1-based position in the release.") { s, p in s.push(p.paragraph.index) }
        c.property("text", "string", doc: "The paragraph's normalised text.") { s, p in s.push(p.paragraph.text) }
        c.property("sentences", "Sentence[]", doc: "The paragraph's sentences.") { s, p in
            let all = p.release.sentences
            let mine = all.indices.filter { all[$0].paragraph == p.paragraph.index }
            s.pushList(mine.count) { i in s.pushHandle(SentenceRef(p.release, mine[i]), of: p.release, as: s.model.sentence) }
        }
        c.property("quotes", "Quote[]", doc: "The quotes starting in this paragraph.") { s, p in
            let all = p.release.quotes
            let mine = all.indices.filter { all[$0].paragraph == p.paragraph.index }
            s.pushList(mine.count) { i in s.pushHandle(QuoteRef(p.release, mine[i]), of: p.release, as: s.model.quote) }
        }
        c.property("release", "Release", doc: "The release holding it.", json: false) { s, p in s.push(release: p.release) }
        ModelBinding.position(c, "the paragraph") { p in (p.release, p.paragraph.start) }
        ModelBinding.json(c)
        c.metamethod("__tostring") { s in
            let p = try ModelBinding.this(s, ParagraphRef.self)
            s.push("Paragraph \(p.paragraph.index): \(p.paragraph.text.truncatedForDisplay())")
            return 1
        }
        return c
    }
}
