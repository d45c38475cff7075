/// Collects people, organisations and places paragraph by paragraph, recording person mentions
/// in text order (for pronoun and title resolution) and counting organisations (with acronyms:
/// "Asia-Pacific Economic Cooperation (APEC)") and places.
struct EntityTally {
    var orgs: [Organization] = []
    var places: [Place] = []
    private var orgIndex: [String: Int] = [:]
    private var placeIndex: [String: Int] = [:]

    mutating func org(_ name: String, acronym: String?, offset: Int) {
        let key = name.lowercased()
        if let i = orgIndex[key] ?? acronym.flatMap({ orgIndex[$0.lowercased()] }) {
            orgs[i].mentions += 1
            if orgs[i].acronym == nil, let a = acronym { orgs[i].acronym = a; orgIndex[a.lowercased()] = i }
            return
        }
        orgIndex[key] = orgs.count
        if let a = acronym { orgIndex[a.lowercased()] = orgs.count }
        orgs.append(Organization(name: name, acronym: acronym, mentions: 1, firstOffset: offset))
    }

    /// An acronym on its own: counts for the organisation that defined it, else stands for itself.
    mutating func acronym(_ a: String, offset: Int) {
        if let i = orgIndex[a.lowercased()] { orgs[i].mentions += 1; return }
        org(a, acronym: a, offset: offset)
    }

    mutating func place(_ name: String, offset: Int) {
        let key = name.lowercased()
        if let i = placeIndex[key] { places[i].mentions += 1; return }
        placeIndex[key] = places.count
        places.append(Place(name: name, mentions: 1, firstOffset: offset))
    }
}

extension SpeechContext {
    func collectEntities(_ p: Int, into tally: inout EntityTally) {
        let t = tokens(p), lw = lower(p)
        var i = 0
        while i < t.count {
            let tok = t[i]
            guard tok.kind == .word else { i += 1; continue }
            let quoted = isQuoted(p, i)
            if tok.capitalized, isQuestionLabel(p, i), i == 0 || isSentenceEnd(p, i - 1) { i += 1; continue }  // "Q Karine, …"
            if tok.capitalized {
                let e = names.runEnd(p, from: i)
                if isAcronym(p, i), e == i {
                    tally.acronym(text.text(p, tokens: i, i), offset: sourceOffset(p, tok.start))
                    i += 1
                    continue
                }
                let m = names.interpret(p, i, e)
                let offset = sourceOffset(p, tok.start)
                // "Medicare", "Current Medicare regulations": a programme is no person or place.
                if m.kind == .person || m.kind == .place || m.kind == .none,
                   language.programmes.contains(lw[e]) || language.programmes.contains(lw[i]) {
                    i = e + 1
                    continue
                }
                switch m.kind {
                case .person:
                    // "in Da Nang": short, no connectors, and not in a Title Case headline.
                    let locative = m.titles.isEmpty && i > 0 && language.locatives.contains(lw[i - 1]) && !titledOnly
                        && e - i < 3 && !(i...e).contains { !t[$0].capitalized }
                    // "Saudi Arabia", "New Zealand": a place prefix before a known place.
                    let prefixed = m.titles.isEmpty && m.nameFirst < m.nameLast && language.placePrefixes.contains(lw[m.nameFirst])
                        && language.places.contains(lw[m.nameLast])
                    if locative || prefixed || m.nameFirst == m.nameLast && m.titles.isEmpty && language.places.contains(lw[m.nameFirst])
                        && people.known(word: lw[m.nameFirst]) == nil {
                        tally.place(text.text(p, tokens: i, e), offset: offset)
                    } else {
                        notePerson(m, p, i, e, quoted: quoted)
                    }
                case .organization:
                    let name = text.text(p, tokens: orgStart(p, i), e)
                    tally.org(name, acronym: acronymAfter(p, e), offset: offset)
                case .place: tally.place(text.text(p, tokens: i, e), offset: offset)
                case .title:
                    if !quoted, i > 0, lw[i - 1] == "the" {
                        let ref = describe(p, i - 1, e, p, tok.start)
                        if let who = ref.person {
                            people.addMention(who, ref.mention)
                            people.note(MentionEvent(person: who, para: p, offset: tok.start,
                                                     subject: isSubject(p, i - 1, e), speaking: speaks(p, e)))
                        }
                    }
                case .none:
                    if e == i, language.places.contains(lw[i]) { tally.place(text.text(p, tokens: i, i), offset: offset) }
                }
                // "Nausėda and President of the Republic of Poland Andrzej Duda": read the
                // coordinated part again as a run of its own.
                var next = e + 1
                if m.kind == .person, m.nameLast < e, let a = (m.nameLast...e).first(where: { lw[$0] == "and" && !t[$0].capitalized }) {
                    next = a + 1
                }
                i = next
                continue
            }
            if !quoted, lw[i] == "he" || lw[i] == "she", isSubject(p, i, i) {
                let ref = resolvePronoun(lw[i], p, tok.start)
                if let who = ref.person {
                    people.addMention(who, lw[i])
                    people.note(MentionEvent(person: who, para: p, offset: tok.start, subject: true, speaking: speaks(p, i)))
                }
            }
            i += 1
        }
    }

    private func notePerson(_ m: NameMention, _ p: Int, _ i: Int, _ e: Int, quoted: Bool) {
        let t = tokens(p), lw = lower(p)
        let nameWords = (m.nameFirst...m.nameLast).filter { t[$0].kind == .word }.count
        let single = nameWords == 1 ? lw[m.nameLast] : nil
        // A cue before the name makes it the speaker only when the verb inverts ("said Jordan");
        // after "put", "told" or "urged" the name is the object.
        // "according to Agoritsa Baka, a senior expert": the source of a statement speaks too.
        let cueNear = speaks(p, e) || (i > 0 && cue(p, i - 1).map { language.invertibleCues.contains($0.lemma) } == true)
            || (i >= 2 && lw[i - 1] == "to" && lw[i - 2] == "according")
        // Evidence that a run is a person: a title, two name words, a known name, or a cue.
        var evidence = !m.titles.isEmpty || nameWords >= 2 || single.flatMap { people.known(word: $0) } != nil || cueNear
        if titledOnly {
            let words = (m.nameFirst...m.nameLast).filter { t[$0].kind == .word }.map { lw[$0] }
            evidence = !m.titles.isEmpty && words.count >= 2 && !words.contains { bodyLowerWords.contains($0) }
        } else if m.titles.isEmpty, nameWords == 2, single == nil,
                  (m.nameFirst...m.nameLast).allSatisfy({ t[$0].kind != .word || text.lowerWords.contains(lw[$0]) }),
                  !cueNear {
            evidence = false  // "Unity Day", "Depression Treatment": words the text also writes in lower case
        }
        // "Foreign Minister Lavrov Confirms" (a headline): a cue verb is not part of a name.
        if cues.match(lw, at: m.nameLast) != nil { evidence = false }
        guard evidence else { return }
        if m.titles.isEmpty, i > 0, lw[i - 1] == "the" { return }  // "the Oceanic Viking"
        let ref = resolve(m, p, t[i].start)
        guard let who = ref.person else { return }
        // "the Minister for Immigration and Ethnic Affairs, Mr Ian Macphee": titles before a comma.
        if i >= 2, isPunct(p, i - 1, 0x2C), t[i - 2].kind == .word, t[i - 2].capitalized {
            let s = names.runStart(p, endingAt: i - 2)
            if names.interpret(p, s, i - 2).kind == .title {
                let title = text.text(p, tokens: s, i - 2)
                if people.people[who].titles.count < 16, !people.people[who].titles.contains(title) {
                    people.people[who].titles.append(title)
                }
            }
        }
        if let aff = affiliation(p, after: e) { people.addAffiliation(who, aff) }
        guard !quoted else { return }
        people.note(MentionEvent(person: who, para: p, offset: t[i].start, subject: isSubject(p, i, e), speaking: cueNear))
    }

    /// The phrase is a clause subject: it starts a sentence or clause and a verb-like word (or an
    /// appositive) follows.
    func isSubject(_ p: Int, _ s: Int, _ e: Int) -> Bool {
        let t = tokens(p), lw = lower(p)
        let startsClause = s == 0 || isSentenceEnd(p, s - 1) || isPunct(p, s - 1, 0x2C) || t[s - 1].kind == .quote
            || ["that", "and", "but", "when", "while", "as"].contains(lw[s - 1])
        guard startsClause, e + 1 < t.count else { return false }
        let n = e + 1
        if isPunct(p, n, 0x2C) { return true }
        return t[n].kind == .word && !t[n].capitalized && !language.notSubjectNext.contains(lw[n])
    }

    /// A cue follows the phrase ending at `e` (skipping adverbs).
    func speaks(_ p: Int, _ e: Int) -> Bool {
        let t = tokens(p), lw = lower(p)
        var k = e + 1
        while k < t.count, k - e <= 3, t[k].kind == .word, language.adverbs.contains(lw[k]) { k += 1 }
        return cue(p, k) != nil
    }

    private func isAcronym(_ p: Int, _ i: Int) -> Bool {
        let tok = tokens(p)[i]
        let n = tok.stop - tok.start
        guard n >= 2, n <= 6 else { return false }
        let b = text.paras[p].bytes
        var letters = 0
        for k in tok.start..<tok.stop {
            if ByteClass.isUpper(b[k]) { letters += 1 } else if !ByteClass.isDigit(b[k]) && b[k] != 0x26 { return false }
        }
        guard letters >= 2 else { return false }
        let word = text.text(p, tokens: i, i)
        if language.notAcronyms.contains(word) || ["I", "II", "III", "IV", "OK", "US"].contains(word) { return false }
        // In a line of capitals every word looks like an acronym; only isolated ones count.
        let shouted = { (k: Int) in k >= 0 && k < self.tokens(p).count && self.names.isShouted(p, k) }
        return !(shouted(i - 1) || shouted(i + 1))
    }

    /// "(APEC)" right after a name.
    private func acronymAfter(_ p: Int, _ e: Int) -> String? {
        guard isPunct(p, e + 1, 0x28), e + 2 < tokens(p).count, isAcronym(p, e + 2), isPunct(p, e + 3, 0x29) else { return nil }
        return text.text(p, tokens: e + 2, e + 2)
    }

    /// Drops sentence-opening words from an organisation's name ("The", "According").
    private func orgStart(_ p: Int, _ i: Int) -> Int {
        // Also drops a leading role ("CEO of Acme Corp" → "Acme Corp").
        var s = i
        let lw = lower(p), t = tokens(p)
        while s + 1 < t.count {
            let w = lw[s]
            if language.openers.contains(w) && t[s + 1].capitalized { s += 1; continue }
            if language.isHeadTitle(w) && !language.orgWords.contains(w), s + 2 < t.count,
               lw[s + 1] == "of" || lw[s + 1] == "at" {
                if t[s + 2].capitalized { s += 2; continue }
                if lw[s + 2] == "the", s + 3 < t.count, t[s + 3].capitalized { s += 3; continue }
            }
            break
        }
        return s
    }
}
