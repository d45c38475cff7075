import LuaKit
import PressRelease

/// `pr.cues`: the speech-cue lexicon (said, told, according to, …) that quote attribution uses.
/// Changes go into the host's parser, so they apply to every release parsed afterwards: make
/// them at the top of a script or in `init`, before the corpus is read.
enum CuesModule {
    static func make() -> LuaModule {
        let m = LuaModule("cues", doc: "The speech-cue lexicon quote attribution uses (said, told, according to, …). Changes apply to releases parsed afterwards: make them at the top of a script or in `init`.")
        m.function("add", "(lemma: string, forms?: string[]) -> nil",
                   doc: "Adds a cue verb or phrase. Regular English forms (`quips`, `quipped`, `quipping`) are generated unless `forms` lists them.",
                   example: "pr.cues.add('quip'); pr.cues.add('go', { 'went', 'goes', 'going' })") { s in
            let lemma = try s.checkString(1)
            var forms: [String] = []
            if !s.isNil(at: 2) {
                try s.checkTable(2)
                for (i, v) in s.value(at: 2).array.enumerated() {
                    guard let form = v.string else { throw LuaArgumentError(2, "forms[\(i + 1)] is not a string") }
                    forms.append(form)
                }
            }
            guard lemma.contains(where: { !$0.isWhitespace }) else { throw LuaArgumentError(1, "empty cue") }
            s.host.parser.cues = s.host.parser.cues.adding(lemma, forms: forms)
            return 0
        }
        m.function("remove", "(lemma: string) -> boolean",
                   doc: "Removes a cue and all its forms; returns whether it was there.",
                   example: "pr.cues.remove('write')") { s in
            let lemma = try s.checkString(1)
            let had = s.host.parser.cues.contains(lemma: lemma)
            s.host.parser.cues = s.host.parser.cues.removing(lemma)
            s.push(had)
            return 1
        }
        m.function("list", "() -> string[]", doc: "The cue lemmas in use, sorted.",
                   example: "print(table.concat(pr.cues.list(), ', '))") { s in
            let lemmas = s.host.parser.cues.lemmas
            s.pushList(lemmas.count) { s.push(lemmas[$0]) }
            return 1
        }
        m.function("has", "(lemma: string) -> boolean", doc: "Whether the lexicon holds this cue.",
                   example: "if not pr.cues.has('quip') then pr.cues.add('quip') end") { s in
            s.push(s.host.parser.cues.contains(lemma: try s.checkString(1)))
            return 1
        }
        return m
    }
}
