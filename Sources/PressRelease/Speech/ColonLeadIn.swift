/// The speaker of a colon lead-in without a cue verb: the subject of the introducing clause
/// (`Senator Todd Young (R-Ind.) today issued the following statement regarding reports that
/// Justice Stephen Breyer plans to retire:` → Young). Names inside a reported clause (after
/// `that`, `regarding`, …) are what the statement is about, and a heading (`On Stopping Democrat
/// Tax Hikes:`) or `Key excerpts include:` introduces no new speaker.
extension SpeechContext {
    /// Longest clause read back from the colon: lead-ins carry a dateline, titles and a party tag.
    static let leadInWindow = 90

    func colonLeadIn(_ p: Int, colon e: Int, floor: Int, quoteAt: Int) -> Attribution? {
        let t = tokens(p), lw = lower(p), lang = language
        var s = e
        while s - 1 >= floor, e - s < Self.leadInWindow, !isSentenceEnd(p, s - 1), t[s - 1].kind != .quote { s -= 1 }
        guard s < e else { return nil }
        if let ref = nameLabel(p, s, e - 1, quoteAt) {
            return Attribution(speaker: ref, cue: Cue(lemma: ":", words: ":"), addressee: nil, rule: .colonLeadIn)
        }
        if isHeading(p, s, e - 1) { return nil }
        var j = s
        while j < e {
            if t[j].kind == .word, !t[j].capitalized, lang.reportedClauseOpeners.contains(lw[j]) { return nil }
            if t[j].kind == .word, t[j].capitalized {
                let r = min(names.runEnd(p, from: j), e - 1)
                let m = names.interpret(p, j, r)
                if m.kind == .person {
                    let words = (m.nameFirst...m.nameLast).filter { t[$0].kind == .word }
                    // A lone capitalised word is a name only when titled or already known ("Key excerpts").
                    let lone = words.count == 1 && m.titles.isEmpty && people.known(word: lw[words[0]]) == nil
                    if !lone, let ref = namedPhrase(p, j, r, p, quoteAt), ref.person != nil {
                        return Attribution(speaker: ref, cue: Cue(lemma: ":", words: ":"), addressee: nil,
                                           rule: .colonLeadIn)
                    }
                }
                j = r + 1
                continue
            }
            if t[j].kind == .word, lw[j] == "he" || lw[j] == "she" {
                let ref = resolvePronoun(lw[j], p, quoteAt)
                guard ref.person != nil else { return nil }
                return Attribution(speaker: ref, cue: Cue(lemma: ":", words: ":"), addressee: nil,
                                   rule: .colonLeadIn)
            }
            j += 1
        }
        return nil
    }

    /// `Murkowski:` / `Congressman Amodei:` — the whole lead-in is a short name (known, titled
    /// or full), not a heading that happens to end in one.
    private func nameLabel(_ p: Int, _ s: Int, _ e: Int, _ quoteAt: Int) -> SpeakerRef? {
        let t = tokens(p), lw = lower(p)
        guard e - s < 6, t[s].kind == .word, t[s].capitalized, names.runEnd(p, from: s) >= e else { return nil }
        let m = names.interpret(p, s, e)
        guard m.kind == .person, m.nameLast == e || m.nameLast + 1 == e && t[e].kind == .punct else { return nil }
        // A word that opens sentences rather than names ("New", "Our") may open the title
        // (`New Jersey Senator Jo Doe:`), not the name itself.
        guard m.nameFirst > s || !language.notName.contains(lw[s]) else { return nil }
        let words = (m.nameFirst...m.nameLast).filter { t[$0].kind == .word }.count
        guard words >= 2 || !m.titles.isEmpty || people.known(word: lw[m.nameLast]) != nil else { return nil }
        // "SIX DECADES OF SECRECY:": a heading in capitals of words the text writes in lower case.
        if m.titles.isEmpty, text.lowerWords.contains(lw[m.nameLast]) { return nil }
        let ref = resolve(m, p, quoteAt)
        return ref.person == nil ? nil : ref
    }

    /// Tokens `s...e` read as a heading: every word capitalised except connectors, or only a
    /// few words opening with a heading word ("Key excerpts", "Background").
    func isHeading(_ p: Int, _ s: Int, _ e: Int) -> Bool {
        let t = tokens(p), lw = lower(p)
        var words = 0, lowerCase = 0
        for k in s...e where t[k].kind == .word {
            words += 1
            if !t[k].capitalized, !language.headingFunctionWords.contains(lw[k]), !isPossessive(p, k) { lowerCase += 1 }
        }
        return words > 0 && lowerCase == 0
    }

    /// A possessive ending written as its own token ("Trump" "'" "s").
    private func isPossessive(_ p: Int, _ k: Int) -> Bool {
        k > 0 && text.paras[p].lower[k] == "s" && ["'", "’"].contains(text.paras[p].lower[k - 1]) && !tokens(p)[k].spaceBefore
    }
}
