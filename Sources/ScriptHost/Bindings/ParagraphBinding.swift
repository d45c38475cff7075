import LuaKit
import PressRelease

/// `Paragraph`: a body paragraph.
enum ParagraphBinding {
    static func declare() -> LuaClass<ParagraphRef> {
        let c = LuaClass<ParagraphRef>("Paragraph")
        c.identity { AnyHashable([ObjectIdentifier($0.release).hashValue, $0.index]) }
        c.property("index", "integer", doc: "1-based position in the release.") { s, p in s.push(p.paragraph.index) }
        c.property("text", "string", doc: "The paragraph's normalised text.") { s, p in s.push(p.paragraph.text) }
        c.property("sentences", "Sentence[]", doc: "The paragraph's sentences.") { s, p in
            let all = p.release.sentences
            let mine = all.indices.filter { all[$0].paragraph == p.paragraph.index }
            s.pushList(mine.count) { i in s.vm.push(SentenceRef(p.release, mine[i]), as: s.model.sentence) }
        }
        c.property("line", "integer", doc: "Line in the source file.") { s, p in
            s.push(p.release.position(of: p.paragraph.start).line)
        }
        c.property("column", "integer", doc: "Column (in bytes) in the source file.") { s, p in
            s.push(p.release.position(of: p.paragraph.start).column)
        }
        c.property("release", "Release", doc: "The release holding it.") { s, p in s.push(release: p.release) }
        c.metamethod("__tostring") { s in
            let p = try s.object(at: 1) as! ParagraphRef
            s.push("Paragraph \(p.paragraph.index): \(p.paragraph.text.truncatedForDisplay())")
            return 1
        }
        return c
    }
}

extension String {
    /// At most `limit` characters, with an ellipsis when cut.
    func truncatedForDisplay(_ limit: Int = 60) -> String {
        count <= limit ? self : String(prefix(limit - 1)) + "…"
    }
}
