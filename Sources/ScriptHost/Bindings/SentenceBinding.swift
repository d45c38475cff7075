import LuaKit
import PressRelease

/// `Sentence`: a sentence of a body paragraph.
enum SentenceBinding {
    static func declare() -> LuaClass<SentenceRef> {
        let c = LuaClass<SentenceRef>("Sentence")
        c.identity { AnyHashable([ObjectIdentifier($0.release).hashValue, $0.index]) }
        c.property("index", "integer", doc: "1-based position in the release.") { s, x in s.push(x.sentence.index) }
        c.property("text", "string", doc: "The sentence.") { s, x in s.push(x.sentence.text) }
        c.property("paragraph", "Paragraph", doc: "The paragraph holding it.") { s, x in
            s.vm.push(ParagraphRef(x.release, x.sentence.paragraph - 1), as: s.model.paragraph)
        }
        c.metamethod("__tostring") { s in
            let x = try s.object(at: 1) as! SentenceRef
            s.push("Sentence \(x.sentence.index): \(x.sentence.text.truncatedForDisplay())")
            return 1
        }
        return c
    }
}
