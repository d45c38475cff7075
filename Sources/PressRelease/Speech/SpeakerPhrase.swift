import Foundation

/// Who a speaker phrase refers to.
struct SpeakerRef {
    /// Person index, or nil when the phrase names nobody in particular or an organisation.
    var person: Int?
    /// The words used ("he", "the minister", "Lavrov").
    var mention: String
    /// A proper name was given (as opposed to a pronoun or description).
    var named: Bool
}

extension SpeechContext {
    /// The speaker phrase starting at token `i` (after a cue or a dash): a name, a pronoun or a
    /// description ("the Head of the President's Office", "a TMS Solutions patient").
    func phrase(startingAt i: Int, in p: Int, before para: Int, _ offset: Int) -> (SpeakerRef, end: Int)? {
        let t = tokens(p), lw = lower(p)
        guard i < t.count, t[i].kind == .word else { return nil }
        let w = lw[i]
        if language.pronouns.contains(w) {
            if w == "i" || w == "we" || w == "they" { return (SpeakerRef(person: nil, mention: w, named: false), i) }
            return (resolvePronoun(w, para, offset), i)
        }
        // "said this morning", "said that …": not a speaker phrase.
        if language.determiners.contains(w), w != "this", w != "that" {
            var e = i
            while e + 1 < t.count, t[e + 1].kind == .word || names.isAbbrevDot(p, e + 1) || t[e + 1].kind == .punct && t[e + 1].byte == 0x27 {
                if cue(p, e + 1) != nil { break }
                if e - i >= 9 { break }
                e += 1
            }
            let ref = describe(p, i, e, para, offset)
            if ref.person == nil, !language.indefinite.contains(w), let found = rolePerson(p, after: i, para, offset) { return found }
            return (ref, e)
        }
        // "said museum founder Ron Sturgeon": a lower-case role without a determiner.
        guard t[i].capitalized else { return rolePerson(p, after: i - 1, para, offset) }
        let end = names.runEnd(p, from: i)
        let m = names.interpret(p, i, end)
        if m.titles.isEmpty, m.kind != .title, let found = modifiedRolePerson(p, after: end, para, offset) { return found }
        // "said Greens spokesperson …, Senator Jo Bloggs": the person behind the organisation or role.
        if m.kind != .person || m.titles.isEmpty && rolePhraseFollows(p, end),
           let found = rolePerson(p, after: end, para, offset) { return found }
        var ref = resolve(m, para, offset)
        if let who = ref.person {
            if let aff = affiliation(p, after: end) { people.addAffiliation(who, aff) }
        }
        if m.kind == .title { ref = describe(p, i, end, para, offset) }
        return (ref, end)
    }

    /// The speaker phrase ending at token `j` (before a cue): walks back over adverbs, an
    /// appositive (`Jane Doe, CEO of Acme,`) and a determiner (`the Polish president`).
    func phrase(endingAt j0: Int, in p: Int, before para: Int, _ offset: Int) -> SpeakerRef? {
        let t = tokens(p), lw = lower(p)
        var j = j0
        while j >= 0, t[j].kind == .word, !t[j].capitalized, language.adverbs.contains(lw[j]) { j -= 1 }
        guard j >= 0 else { return nil }
        // "Jo Bloggs – who chairs the panel – said": the speaker stands before the aside.
        if t[j].kind == .dash {
            guard let open = asideOpen(p, closingAt: j) else { return nil }
            return phrase(endingAt: open - 1, in: p, before: para, offset)
        }
        if t[j].kind == .word, language.pronouns.contains(lw[j]) {
            if lw[j] == "i" || lw[j] == "we" || lw[j] == "they" { return SpeakerRef(person: nil, mention: text.text(p, tokens: j, j), named: false) }
            return resolvePronoun(lw[j], para, offset)
        }
        // Appositives: "Sarah Hanson-Young, said" / "Jongsun Jung, PhD, CEO of Syntekabio, remarked".
        if isPunct(p, j, 0x2C) { return appositiveSpeaker(p, j, para, offset) }
        if t[j].capitalized || names.isAbbrevDot(p, j) {
            let s = names.runStart(p, endingAt: j)
            // "the President of Ukraine said": a description, not a name.
            if s > 0, t[s - 1].kind == .word, language.determiners.contains(lw[s - 1]) {
                let m = names.interpret(p, s, j)
                if m.kind != .person || (m.placeLike && people.known(word: lw[m.nameFirst]) == nil) {
                    return describe(p, s - 1, j, para, offset)
                }
            }
            if let ref = namedPhrase(p, s, j, para, offset) {
                // "Laurie Ferguson, Shadow Minister for Immigration stated": a title (or the body the
                // person chairs or speaks for) after a name.
                let kind = names.interpret(p, s, j).kind
                if ref.person == nil, kind == .title || kind == .organization, s >= 2, isPunct(p, s - 1, 0x2C),
                   let prev = namedPhrase(p, names.runStart(p, endingAt: s - 2), s - 2, para, offset), prev.person != nil {
                    return prev
                }
                return ref
            }
            return nil
        }
        // Lower-case head: look back a few words for a determiner ("the Polish leader").
        var k = j
        while k >= 0, j - k < 6, t[k].kind == .word {
            if language.determiners.contains(lw[k]) { return describe(p, k, j, para, offset) }
            k -= 1
        }
        return nil
    }

    /// The person among comma-separated segments before a cue: the rightmost full name, else the
    /// rightmost name; the segments between it and the cue are its affiliation.
    private func appositiveSpeaker(_ p: Int, _ comma: Int, _ para: Int, _ offset: Int) -> SpeakerRef? {
        let t = tokens(p)
        var k = comma - 1
        var found: [(m: NameMention, strong: Bool, segEnd: Int)] = []
        var segments = 0
        while k >= 0, segments < 4 {
            var s = k
            while s - 1 >= 0, k - s < 30, !isPunct(p, s - 1, 0x2C), !isSentenceEnd(p, s - 1),
                  t[s - 1].kind != .quote || isPossessiveMark(p, s - 1) { s -= 1 }
            var a = s
            while a <= k, !(t[a].kind == .word && t[a].capitalized) { a += 1 }
            // `X, in response to Abe's comments, said`: a prepositional aside names no speaker.
            let aside = t[s].kind == .word && !t[s].capitalized && language.headingFunctionWords.contains(lower(p)[s])
                && !language.determiners.contains(lower(p)[s])
            if a <= k, !aside {
                var m = names.interpret(p, a, min(names.runEnd(p, from: a), k))
                // `Chinese Foreign Ministry spokesman Hua Chunying`: the name ends the segment.
                if m.kind != .person, t[k].kind == .word, t[k].capitalized {
                    let r = names.runStart(p, endingAt: k)
                    if r > a, t[r - 1].kind == .word, !t[r - 1].capitalized, language.titleWords.contains(lower(p)[r - 1]) {
                        let last = names.interpret(p, r, k)
                        if last.kind == .person { m = last }
                    }
                }
                if m.kind == .person {
                    let words = (m.nameFirst...m.nameLast).filter { t[$0].kind == .word }.count
                    found.append((m, words >= 2, k))
                }
            }
            segments += 1
            if s - 1 < 0 || !isPunct(p, s - 1, 0x2C) { break }
            k = s - 2
        }
        guard let pick = found.first(where: { $0.strong }) ?? found.first else { return nil }
        let ref = resolve(pick.m, para, offset)
        if let who = ref.person, pick.segEnd + 2 < comma {
            people.addAffiliation(who, text.text(p, tokens: pick.segEnd + 2, comma - 1))
        }
        return ref
    }

    /// A capitalised run `s...e` as a speaker: a person, an organisation (no person) or a title.
    func namedPhrase(_ p: Int, _ s: Int, _ e: Int, _ para: Int, _ offset: Int) -> SpeakerRef? {
        guard s <= e, s >= 0 else { return nil }
        var a = s
        while a <= e, !(tokens(p)[a].kind == .word && tokens(p)[a].capitalized) { a += 1 }
        guard a <= e else { return nil }
        let m = names.interpret(p, a, e)
        switch m.kind {
        case .person, .organization, .place: return resolve(m, para, offset)
        case .title:
            if a > 0, tokens(p)[a - 1].kind == .word, language.determiners.contains(lower(p)[a - 1]) {
                return describe(p, a - 1, e, para, offset)
            }
            return describe(p, a, e, para, offset)
        case .none: return nil
        }
    }

    /// Resolves a parsed name: registers a person, or returns no person for organisations.
    func resolve(_ m: NameMention, _ para: Int, _ offset: Int) -> SpeakerRef {
        let mention = text.text(m.para, tokens: m.first, m.last)
        if m.kind == .person, m.nameFirst >= 0 {
            var nameText = text.text(m.para, tokens: m.nameFirst, m.nameLast)
                .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            var words = (m.nameFirst...m.nameLast).compactMap { k -> String? in
                tokens(m.para)[k].kind == .word ? lower(m.para)[k] : nil
            }
            if let tail = splitTail(m.para, after: m.nameLast), !words.isEmpty {
                nameText += tail
                words[words.count - 1] += tail
            }
            // A lone word that is a place or organisation and nobody's name is not a speaker.
            if words.count == 1, people.known(word: words[0]) == nil,
               language.places.contains(words[0]) || language.notName.contains(words[0]) {
                return SpeakerRef(person: nil, mention: mention, named: true)
            }
            let who = people.register(name: nameText, words: words, titles: m.titles, gender: m.gender,
                                      mention: mention, offset: sourceOffset(m.para, tokens(m.para)[m.first].start))
            return SpeakerRef(person: who, mention: mention, named: true)
        }
        return SpeakerRef(person: nil, mention: mention, named: true)
    }

    /// He/she → the most recent fitting person (speakers and subjects first).
    func resolvePronoun(_ w: String, _ para: Int, _ offset: Int) -> SpeakerRef {
        let g: Person.Gender = w == "he" || w == "him" ? .male : (w == "she" || w == "her" ? .female : .unknown)
        if w == "they" { return SpeakerRef(person: nil, mention: w, named: false) }
        let who = people.recent(before: para, offset, gender: g)
        if let i = who, g != .unknown, people.people[i].gender == .unknown { people.people[i].gender = g }
        return SpeakerRef(person: who, mention: w, named: false)
    }

    /// "the minister", "the Head of the President's Office", "the Polish leader" → the person whose
    /// titles share the most words with the description (the most recent on a tie).
    func describe(_ p: Int, _ s: Int, _ e: Int, _ para: Int, _ offset: Int) -> SpeakerRef {
        let mention = text.text(p, tokens: s, e)
        var words = (s...e).compactMap { k -> String? in
            tokens(p)[k].kind == .word ? lower(p)[k] : nil
        }
        if language.indefinite.contains(words.first ?? "") { return SpeakerRef(person: nil, mention: mention, named: false) }
        let joined = words.joined(separator: " ")
        if joined.contains("head of state") { words = ["president"] }
        if let d = words.last, language.documents.contains(d), words.count <= 3 {
            return SpeakerRef(person: people.recent(before: para, offset, gender: .unknown, speakingOnly: false),
                              mention: mention, named: false)
        }
        var wanted = Set<String>()
        for w0 in words where !language.connectors.contains(w0) && !language.determiners.contains(w0) {
            var w = w0
            if w.hasSuffix("'s") { w = String(w.dropLast(2)) }
            wanted.insert(w)
            if let c = language.nationality[w] { wanted.insert(c) }
            for a in language.aliases[w] ?? [] { wanted.insert(a) }
        }
        guard wanted.contains(where: { language.titleWords.contains($0) || language.aliases[$0] != nil }) else {
            return SpeakerRef(person: nil, mention: mention, named: false)
        }
        var best: Int? = nil, bestScore = 0
        // Only people with titles can match; the most recent few hundred are enough.
        for i in people.people.indices.suffix(300) where !people.people[i].titles.isEmpty {
            let person = people.people[i]
            var tw = Set<String>()
            for title in person.titles {
                for x in title.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." }) {
                    var w = String(x)
                    if w.hasSuffix("'s") || w.hasSuffix("’s") { w = String(w.dropLast(2)) }
                    tw.insert(w)
                    if let c = language.nationality[w] { tw.insert(c) }
                }
            }
            let score = wanted.intersection(tw).count
            if score > bestScore || (score == bestScore && score > 0 && later(i, than: best)) {
                best = i; bestScore = score
            }
        }
        if bestScore > 0 { return SpeakerRef(person: best, mention: mention, named: false) }
        // "the Minister said" where the release never spelt the title out: the person last in
        // view, if the description is one person (not "the Members", "the lawmakers").
        if let head = words.last, language.isHeadTitle(head), !head.hasSuffix("s"), words.first == "the" {
            return SpeakerRef(person: people.recent(before: para, offset, gender: .unknown, within: 3),
                              mention: mention, named: false)
        }
        return SpeakerRef(person: nil, mention: mention, named: false)
    }

    private func later(_ i: Int, than j: Int?) -> Bool {
        guard let j else { return true }
        // Prefer whoever spoke last, then whoever was named last.
        switch (people.lastSpoke[i], people.lastSpoke[j]) {
        case let (a?, b?): return a.0 > b.0 || (a.0 == b.0 && a.1 > b.1)
        case (_?, nil): return true
        case (nil, _?): return false
        default: break
        }
        guard let b = people.lastSeen[j] else { return true }
        guard let a = people.lastSeen[i] else { return false }
        return a.0 > b.0 || (a.0 == b.0 && a.1 > b.1)
    }

    /// ", CEO of Acme," or " of EPI" after a name.
    func affiliation(_ p: Int, after e: Int) -> String? {
        let t = tokens(p), lw = lower(p)
        var k = e + 1
        guard k < t.count else { return nil }
        if t[k].kind == .word, lw[k] == "of" || lw[k] == "at", k + 1 < t.count, t[k + 1].capitalized || lw[k + 1] == "the" {
            var f = k + 1
            if lw[f] == "the" { f += 1 }
            guard f < t.count, t[f].capitalized else { return nil }
            return text.text(p, tokens: f, names.runEnd(p, from: f))
        }
        guard isPunct(p, k, 0x2C) else { return nil }
        k += 1
        var f = k
        while f < t.count, !isPunct(p, f, 0x2C), !isSentenceEnd(p, f), t[f].kind != .quote, f - k < 14 { f += 1 }
        guard f > k else { return nil }
        // An appositive role: a capitalised title anywhere, or a lower-case title first
        // ("president, PPI", "owner of Poe's Magic Theatre"); not a clause ("despite referring …").
        let roleWords = language.roleWords
        let titled = (k..<f).contains { language.titleWords.contains(lw[$0]) || roleWords.contains(lw[$0]) }
        let nounPhrase = (k..<f).allSatisfy { j in
            t[j].kind != .word || t[j].capitalized || language.connectors.contains(lw[j])
                || language.titleWords.contains(lw[j]) || roleWords.contains(lw[j])
        }
        guard titled && nounPhrase else { return nil }
        // "Prime Minister A, Speaker B, …": the next item of a list is another person, not a role.
        if let c = (k..<f).first(where: { t[$0].kind == .word && t[$0].capitalized }),
           names.interpret(p, c, min(names.runEnd(p, from: c), f - 1)).kind == .person { return nil }
        return text.text(p, tokens: k, f - 1)
    }
}
