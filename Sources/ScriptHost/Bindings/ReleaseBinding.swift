import LuaKit
import PressRelease

/// `Release`: one parsed press release.
enum ReleaseBinding {
    static func declare() -> LuaClass<Release> {
        let c = LuaClass<Release>("Release", staleMessage:
            "this Release is no longer available: its corpus run moved on (keep the values you need, not the handle)")
        c.property("id", "string", doc: "Stable id: the path, plus `#record` inside multi-release files.") { s, r in s.push(r.id) }
        c.property("path", "string", doc: "The file the release came from (`-` for standard input).") { s, r in s.push(r.path) }
        c.property("kind", "string?", doc: "press release, statement, media advisory, … when a label says so.") { s, r in s.push(r.kind) }
        c.property("headline", "string?", doc: "The headline.") { s, r in s.push(r.headline) }
        c.property("subheadline", "string?", doc: "The subheadline, when there is one.") { s, r in s.push(r.subheadline) }
        c.property("date", "string?", doc: "ISO date `YYYY-MM-DD` of the release.") { s, r in s.push(r.date) }
        c.property("dateline", "Dateline?", doc: "The dateline opening the body.") { s, r in
            if r.dateline != nil { s.vm.push(DatelineRef(r), as: s.model.dateline) } else { s.pushNil() }
        }
        c.property("paragraphs", "Paragraph[]", doc: "Body paragraphs (no headline, dateline or boilerplate).") { s, r in
            s.pushList(r.paragraphs.count) { i in s.vm.push(ParagraphRef(r, i), as: s.model.paragraph) }
        }
        c.property("sentences", "Sentence[]", doc: "Body sentences, across paragraphs.") { s, r in
            s.pushList(r.sentences.count) { i in s.vm.push(SentenceRef(r, i), as: s.model.sentence) }
        }
        c.property("text", "string", doc: "The body text: paragraphs separated by blank lines.") { s, r in s.push(r.text) }
        c.property("words", "integer", doc: "Number of words in the body.") { s, r in s.push(r.words) }
        c.property("contacts", "Contact[]", doc: "Press contacts from the contact block.") { s, r in
            s.pushList(r.contacts.count) { i in s.vm.push(ContactRef(r, i), as: s.model.contact) }
        }
        c.property("warnings", "Warning[]", doc: "What the parser noticed but could not make sense of.") { s, r in
            s.pushList(r.warnings.count) { i in s.vm.push(WarningRef(r, i), as: s.model.warning) }
        }
        c.property("line", "integer", doc: "Line of the headline in the source file.") { s, r in
            s.push(r.position(of: r.headlineStart ?? 0).line)
        }
        c.metamethod("__tostring") { s in
            let r = try s.object(at: 1) as! Release
            s.push("Release(\(r.date ?? "undated")) \(r.headline.map { "\"\($0)\"" } ?? "(no headline)")")
            return 1
        }
        return c
    }
}
