/// `said Greens spokesperson on defence, Senator Jo Bloggs` / `said Acme Founder & CEO Jane Doe`:
/// after a cue, an organisation or role phrase often stands in front of the person who speaks.
/// The person is the first titled name (or name set off by a comma) in the rest of the clause.
extension SpeechContext {
    /// Longest stretch (tokens) of role description scanned for the person.
    static let roleSpan = 14

    /// A lower-case role noun follows the run ending at `e` within a few words ("Orchard Greens
    /// energy spokesperson"): the run qualifies a role, so it is no one's name.
    func rolePhraseFollows(_ p: Int, _ e: Int) -> Bool {
        let t = tokens(p), lw = lower(p)
        var k = e + 1
        while k < t.count, k - e <= 3, t[k].kind == .word, !t[k].capitalized {
            if language.isHeadTitle(lw[k]) { return true }
            if cue(p, k) != nil || language.clauseWords.contains(lw[k]) || language.connectors.contains(lw[k]) { return false }
            k += 1
        }
        return false
    }

    /// The person named after the role phrase that ends at token `e0`, and where the name ends.
    func rolePerson(_ p: Int, after e0: Int, _ para: Int, _ offset: Int) -> (SpeakerRef, end: Int)? {
        let t = tokens(p), lw = lower(p)
        var k = e0 + 1
        var comma = false
        while k < t.count, k - e0 <= Self.roleSpan {
            let tok = t[k]
            if tok.kind == .quote || tok.kind == .dash || isSentenceEnd(p, k) { return nil }
            if tok.kind == .punct {
                // Only a comma or an ampersand ("Founder & CEO") continues a role description.
                guard tok.byte == 0x2C || tok.byte == 0x26 else { return nil }
                if tok.byte == 0x2C { comma = true }
                k += 1
                continue
            }
            if tok.capitalized {
                let r = names.runEnd(p, from: k)
                let m = names.interpret(p, k, r)
                // "a spokesperson for Senator Doe": the person the role serves is not the speaker.
                let served = k > 0 && t[k - 1].kind == .word && language.servedBy.contains(lw[k - 1])
                // "museum founder Ron Sturgeon": a lower-case role right before the name titles it.
                let roled = k > 0 && t[k - 1].kind == .word && !t[k - 1].capitalized && language.isHeadTitle(lw[k - 1])
                if m.kind == .person, !m.placeLike, !served, comma || roled || !m.titles.isEmpty {
                    let ref = resolve(m, para, offset)
                    if ref.person != nil { return (ref, r) }
                }
                k = r + 1
                continue
            }
            if cue(p, k) != nil || language.clauseWords.contains(lw[k]) { return nil }
            k += 1
        }
        return nil
    }
}
