/// News-style attributions after a quote that the tight speaker-then-cue window misses: a long
/// appositive between the speaker and the cue, and a clause between the quote and an inverted cue.
extension SpeechContext {
    static let appositionSpan = 28

    /// `"…," David Gamage, a professor of tax law at a university's law school, told Reuters`: the
    /// appositive after a name that starts right after the quote, from its comma to the comma
    /// that hands over to the cue, does not count towards the speaker-to-cue distance.
    /// Returns the closing comma's token index.
    func appositionClose(_ p: Int, openingAt k: Int, from i: Int, limit: Int) -> Int? {
        let t = tokens(p)
        guard isPunct(p, k, 0x2C), t[i].kind == .word, t[i].capitalized, names.runEnd(p, from: i) == k - 1 else { return nil }
        var j = k + 1
        while j < limit, j - k <= Self.appositionSpan, !isSentenceEnd(p, j), t[j].kind != .quote || isPossessiveMark(p, j), t[j].kind != .dash {
            if isPunct(p, j, 0x2C) {
                // Only an appositive that hands straight over to the cue (`…, told`).
                return j > k + 1 && j + 1 < limit && cue(p, j + 1) != nil ? j : nil
            }
            // A cue word after a determiner is a noun (`at the state university`).
            if cue(p, j) != nil, !(t[j - 1].kind == .word && language.determiners.contains(lower(p)[j - 1])) { return nil }
            j += 1
        }
        return nil
    }

    /// The apostrophe of a possessive `’s` (`the university’s law school`), not a quotation mark.
    func isPossessiveMark(_ p: Int, _ k: Int) -> Bool {
        let t = tokens(p)
        return k > 0 && k + 1 < t.count && t[k].kind == .quote && !t[k].spaceBefore && t[k - 1].kind == .word
            && t[k + 1].kind == .word && !t[k + 1].spaceBefore && lower(p)[k + 1] == "s"
    }

    /// `"We are very happy" about the decision, said Jane Doe`: words about the quote, a comma,
    /// then an inverted cue and its speaker (rule `clause-then-cue`). Only a person or a name
    /// counts; `…, said the report` stays unattributed here.
    func clauseThenCue(_ p: Int, cue c: (lemma: String, count: Int), at k: Int, limit: Int, para: Int,
                       _ quoteAt: Int) -> Attribution? {
        guard k >= 1, isPunct(p, k - 1, 0x2C), c.lemma != "tell", k + c.count < limit,
              let (ref, _) = phrase(startingAt: k + c.count, in: p, before: para, quoteAt),
              ref.person != nil else { return nil }
        return Attribution(speaker: ref, cue: Cue(lemma: c.lemma, words: text.text(p, tokens: k, k + c.count - 1)),
                           addressee: nil, rule: .clauseThenCue)
    }
}

extension SpeechContext {
    /// `said Democratic operative Joel Payne` / `said Belgian virologist Ann Peeters`: a capitalised
    /// modifier ending at `e`, one lower-case role noun the title list need not know, then a full
    /// name (two name words or more). Returns that person and where the name ends.
    func modifiedRolePerson(_ p: Int, after e: Int, _ para: Int, _ offset: Int) -> (SpeakerRef, end: Int)? {
        let t = tokens(p), lw = lower(p)
        let n = e + 1
        guard n + 1 < t.count, t[n].kind == .word, !t[n].capitalized, cue(p, n) == nil,
              !language.clauseWords.contains(lw[n]), !language.connectors.contains(lw[n]),
              !language.determiners.contains(lw[n]), !language.adverbs.contains(lw[n]), !language.pronouns.contains(lw[n]),
              t[n + 1].kind == .word, t[n + 1].capitalized else { return nil }
        let r = names.runEnd(p, from: n + 1)
        let m = names.interpret(p, n + 1, r)
        guard m.kind == .person, !m.placeLike, m.nameFirst >= 0,
              (m.nameFirst...m.nameLast).filter({ t[$0].kind == .word }).count >= 2 else { return nil }
        let ref = resolve(m, para, offset)
        return ref.person == nil ? nil : (ref, r)
    }
}
