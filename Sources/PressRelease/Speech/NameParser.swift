import Foundation

/// What a capitalised phrase names.
struct NameMention {
    enum Kind { case person, organization, place, title, none }
    var kind: Kind
    var para: Int
    /// Token range of the whole phrase (titles included).
    var first: Int
    var last: Int
    /// Token range of the name inside it (persons only).
    var nameFirst: Int = -1
    var nameLast: Int = -1
    var titles: [String] = []
    var gender: Person.Gender = .unknown
    /// The name is one word that is also a place ("Jordan", "Lithuania"): a person only if the
    /// release already knows someone by it.
    var placeLike = false
}

/// Reads capitalised token runs ("Russian Foreign Minister Sergey Lavrov", "Mr Morrison",
/// "Roderick C. Payne Jr.") and splits them into titles and a name, or an organisation/place.
struct NameParser {
    let text: SpeechText
    let language: Language
    /// Last bytes of sentence-adverb and contraction endings, for the same cheap test.
    private let adverbEnds: Set<UInt8>
    private let contractionEnds: Set<UInt8>
    /// Each token's word lists as bits, so the rules below test bits instead of hashing Strings.
    let classes: TokenClasses

    init(text: SpeechText, language: Language) {
        self.text = text
        self.language = language
        self.classes = TokenClasses(text: text, table: language.wordClassCache.table(for: language))
        self.adverbEnds = Set(language.sentenceAdverbSuffixes.compactMap { $0.utf8.last })
        self.contractionEnds = Set(language.contractionSuffixes.compactMap { $0.utf8.last })
    }

    /// The last UTF-8 byte, read from contiguous storage (the generic `utf8.last` is slow).
    static func lastByte(_ w: String) -> UInt8? {
        w.utf8.withContiguousStorageIfAvailable { $0.last } ?? w.utf8.last
    }

    func isSentenceAdverb(_ w: String) -> Bool {
        guard w.utf8.count >= 7, let last = Self.lastByte(w), adverbEnds.contains(last) else { return false }
        return language.isSentenceAdverb(w)
    }

    func isContraction(_ w: String) -> Bool {
        guard let last = Self.lastByte(w), contractionEnds.contains(last) else { return false }
        return language.isContraction(w)
    }

    func isCap(_ p: Int, _ i: Int) -> Bool {
        let t = text.paras[p].tokens[i]
        return t.kind == .word && t.capitalized
    }

    /// A full stop that belongs to the word before it (`Mr.`, `S.`, `Jr.`, `U.S.`).
    func isAbbrevDot(_ p: Int, _ i: Int) -> Bool {
        let toks = text.paras[p].tokens
        guard i > 0, toks[i].kind == .punct, toks[i].byte == 0x2E, !toks[i].spaceBefore,
              toks[i - 1].kind == .word else { return false }
        let w = text.paras[p].lower[i - 1]
        return classes.of(p, i - 1).contains(.nameAbbreviation) || (w.utf8.count == 1 && toks[i - 1].capitalized) || isBillDesignator(p, i - 1)
    }

    /// Lower-case words that may sit inside a run between capitalised words ("Head of the Office").
    private func joins(_ p: Int, _ k: Int) -> Bool { classes.of(p, k).contains(.joiner) }

    /// End (inclusive) of the capitalised run starting at `i`; one or two lower-case connectors
    /// may join capitalised words ("Ways and Means Committee", "President of the Republic").
    func runEnd(_ p: Int, from i: Int) -> Int {
        let toks = text.paras[p].tokens, lower = text.paras[p].lower
        var j = i
        while j + 1 < toks.count, j - i < 40 {
            let k = j + 1
            if isCapitalSaid(p, k) { break }
            if isCap(p, k), classes.of(p, k).contains(.headlineVerb) { break }
            if isCap(p, k) { j = k; continue }
            if isAbbrevDot(p, k) { j = k; continue }
            if toks[k].kind == .word, !toks[k].capitalized, joins(p, k), lower[k] != "to" {
                if k + 1 < toks.count, isCap(p, k + 1) { j = k + 1; continue }
                if k + 2 < toks.count, toks[k + 1].kind == .word, !toks[k + 1].capitalized, joins(p, k + 1),
                   isCap(p, k + 2) { j = k + 2; continue }
            }
            break
        }
        return j
    }

    /// A capitalised "Said"/"Says" that typists and OCR capitalise at a line start: right after a
    /// quote's hand-over comma (`…", Said Mr Young`) or closing a sentence after a name (`Mr Young Said.`).
    func isCapitalSaid(_ p: Int, _ k: Int) -> Bool {
        let toks = text.paras[p].tokens
        // Cheap test first: a capitalised four-letter word.
        guard k >= 0, k < toks.count, toks[k].stop - toks[k].start == 4, toks[k].kind == .word, toks[k].capitalized else { return false }
        let lower = text.paras[p].lower
        guard lower[k] == "said" || lower[k] == "says" else { return false }
        if k >= 2, toks[k - 1].kind == .punct, toks[k - 1].byte == 0x2C, toks[k - 2].kind == .quote { return true }
        if opensSentence(p, k), invertedSpeakerFollows(p, k) { return true }
        let ends = k + 1 >= toks.count || toks[k + 1].kind == .punct && toks[k + 1].byte == 0x2E
        return ends && k > 0 && isCap(p, k - 1) && !isShouted(p, k)
    }

    /// `Said Jordan Smith, "…"`: a capitalised run after the cue, handed over to a quote.
    private func invertedSpeakerFollows(_ p: Int, _ k: Int) -> Bool {
        let toks = text.paras[p].tokens
        guard k + 1 < toks.count, isCap(p, k + 1) else { return false }
        let e = runEnd(p, from: k + 1)
        let c = e + 1
        guard c + 1 < toks.count, toks[c].kind == .punct, toks[c].byte == 0x2C || toks[c].byte == 0x3A else { return false }
        return toks[c + 1].kind == .quote
    }

    /// Token `k` starts the paragraph or follows a sentence's end mark.
    private func opensSentence(_ p: Int, _ k: Int) -> Bool {
        let toks = text.paras[p].tokens
        guard k > 0 else { return true }
        let prev = toks[k - 1]
        return prev.kind == .punct && (prev.byte == 0x2E || prev.byte == 0x21 || prev.byte == 0x3F)
    }

    /// Start of the capitalised run ending at `i` (inclusive).
    func runStart(_ p: Int, endingAt i: Int) -> Int {
        let toks = text.paras[p].tokens, lower = text.paras[p].lower
        var j = i
        while j - 1 >= 0, i - j < 40 {
            let k = j - 1
            if isCap(p, k) { j = k; continue }
            if isAbbrevDot(p, k) { j = k; continue }
            if toks[k].kind == .word, !toks[k].capitalized, joins(p, k), lower[k] != "to" {
                if k - 1 >= 0, isCap(p, k - 1) || isAbbrevDot(p, k - 1) { j = k - 1; continue }
                if k - 2 >= 0, toks[k - 1].kind == .word, !toks[k - 1].capitalized, joins(p, k - 1),
                   isCap(p, k - 2) { j = k - 2; continue }
            }
            break
        }
        return j
    }

    /// Interprets tokens `first...last` of paragraph `p` (a capitalised run).
    func interpret(_ p: Int, _ first: Int, _ last: Int) -> NameMention {
        let toks = text.paras[p].tokens, lower = text.paras[p].lower
        var m = NameMention(kind: .none, para: p, first: first, last: last)
        guard first <= last, first >= 0, last < toks.count else { return m }
        // Sub-runs split at lower-case connectors; each token is title (T) or name-like (N).
        var subruns: [(Int, Int, String?)] = []  // (first, last, connector before)
        var s = first, connector: String? = nil
        var i = first
        while i <= last {
            if toks[i].kind == .word, !toks[i].capitalized || isShouted(p, i), classes.of(p, i).contains(.connector) {
                if i > s { subruns.append((s, i - 1, connector)) }
                connector = lower[i]
                s = i + 1
            }
            i += 1
        }
        if s <= last { subruns.append((s, last, connector)) }
        var titles: [String] = []
        var chosen: (Int, Int)? = nil
        var chosenStrong = false
        var orgSeen = false
        var inObject = false
        for (idx, sr) in subruns.enumerated() {
            let isFirst = idx == 0
            for k in sr.0...sr.1 where classes.of(p, k).contains(.org) && !classes.of(p, k).contains(.title) {
                orgSeen = true
            }
            // "A and B": once a full name is chosen, a coordinated one does not replace it.
            if chosen != nil && chosenStrong && sr.2 == "and" { break }
            // After "of"/"for" comes what the title is of ("Minister of Investment", "Head of US
            // Operations"); a name there needs words of its own ("President of Ukraine Volodymyr Zelenskyy").
            let objectWords = (sr.0...sr.1).filter { toks[$0].kind == .word }.count
            if let c = sr.2, c == "of" || c == "for" || c == "the", objectWords < 3 { inObject = true; continue }
            // "Minister for Immigration and Multicultural Affairs": what follows "and" there is more object.
            // ("… for Health and Paid Leave Policy": longer when its words are ones the text writes in lower case.)
            if inObject, sr.2 == "and", objectWords < 3
                || (sr.0...sr.1).allSatisfy({ toks[$0].kind != .word || text.lowerWords.contains(lower[$0]) }) { continue }
            inObject = false
            if let name = nameSpan(p, sr.0, sr.1, allowLong: isFirst && sr.0 == first, tokens: toks, lower: lower),
               !isAcronymName(p, name, run: (first, last)) {
                let strong = isStrong(p, name, titled: name.0 > sr.0 || (chosen == nil && idx > 0))
                // "A and B said": the first named; "Dr. Heidi Shierholz of EPI": the name, not the affiliation.
                if chosen != nil && chosenStrong && (sr.2 == "and" || !strong) { break }
                chosen = name
                chosenStrong = strong
                titles = []
                if name.0 > first { titles.append(text.text(p, tokens: first, name.0 - 1)) }
                if name.1 < sr.1 { titles.append(text.text(p, tokens: name.1 + 1, sr.1)) }
            }
        }
        for k in first...last {
            let c = classes.of(p, k)
            if c.contains(.male) { m.gender = .male }
            if c.contains(.female) { m.gender = .female }
        }
        if let (a, b) = chosen {
            var org = false
            for k in a...b where classes.of(p, k).contains(.org) { org = true }
            let titled = (first...last).contains { k in
                (k < a || k > b) && toks[k].capitalized
                    && (classes.of(p, k).isHeadTitle || (lower[k] == "head" || lower[k] == "member") && k < a)
            }
            if !titled, isNamedThing(p, a, b) { return m }  // "Remembrance Day", "… Resolution"
            // "Health Resources and Services Administration": a phrase headed by an organisation
            // word whose "name" is made of words the text writes in lower case is one organisation.
            let orgHead = b < last && classes.of(p, last).contains(.org)
                && (a...b).allSatisfy { toks[$0].kind != .word || text.lowerWords.contains(lower[$0]) }
            if (org || orgSeen && !chosenStrong || orgHead) && !titled { m.kind = .organization; return m }
            if !titled, classes.of(p, b).contains(.placeWord) { m.kind = .place; return m }  // "Christmas Island"
            m.kind = .person
            m.placeLike = a == b && classes.of(p, a).contains(.place)
            m.nameFirst = a
            m.nameLast = b
            m.titles = titled ? titles.map { $0.trimmingSpacesAndCommas() }.filter { !$0.isEmpty } : []
            return m
        }
        if orgSeen { m.kind = .organization; return m }
        if (first...last).contains(where: { toks[$0].capitalized && classes.of(p, $0).isHeadTitle }) {
            m.kind = .title
            return m
        }
        if first == last, classes.of(p, first).contains(.place) { m.kind = .place }
        return m
    }

    /// A one-word name in capitals inside a run that is not all capitals ("Chair of ASEAN").
    private func isAcronymName(_ p: Int, _ name: (Int, Int), run: (Int, Int)) -> Bool {
        let toks = text.paras[p].tokens
        let words = (name.0...name.1).filter { toks[$0].kind == .word }
        guard words.count == 1, isShouted(p, words[0]) else { return false }
        return (run.0...run.1).contains { toks[$0].kind == .word && toks[$0].capitalized && !isShouted(p, $0) }
    }

    /// A word in capitals ("FOR" in a letterhead).
    func isShouted(_ p: Int, _ i: Int) -> Bool {
        let t = text.paras[p].tokens[i]
        guard t.stop - t.start >= 2 else { return false }
        let b = text.paras[p].bytes
        for k in t.start..<t.stop where !(ByteClass.isUpper(b[k]) || b[k] >= 0x80) { return false }
        return true
    }

    /// Two or more name words, or one after a title or honorific.
    private func isStrong(_ p: Int, _ name: (Int, Int), titled: Bool) -> Bool {
        let toks = text.paras[p].tokens, lower = text.paras[p].lower
        let words = (name.0...name.1).filter { toks[$0].kind == .word && lower[$0].utf8.count > 1 }.count
        return words >= 2 || titled
    }

    /// The name inside a sub-run: trailing name-like words after the titles ("… Minister Sergey
    /// Lavrov"), or leading ones before post-titles ("Nicola Roxon MP").
    private func nameSpan(_ p: Int, _ a: Int, _ b: Int, allowLong: Bool, tokens toks: [Token],
                          lower: [String]) -> (Int, Int)? {
        func nameLike(_ k: Int) -> Bool {
            if toks[k].kind == .punct { return isAbbrevDot(p, k) }
            if toks[k].kind != .word { return false }
            let w = lower[k]
            if !toks[k].capitalized { return classes.of(p, k).contains(.particle) }
            if w == "i" { return false }  // the pronoun, not an initial (initials carry a full stop)
            if isSentenceAdverb(w) || isContraction(w) { return false }
            if isBillDesignator(p, k) { return false }  // "H.Res. 517" names a bill
            let c = classes.of(p, k)
            return !c.contains(.title) || c.contains(.nameSuffix)
        }
        var e = b
        while e >= a, toks[e].kind == .punct, isAbbrevDot(p, e) == false { e -= 1 }
        // Surnames that are also titles ("Madeleine Dean", "Rep. Dean", "John Major") end a name
        // when a first name or an honorific stands right before them.
        func surnameTitle(_ k: Int) -> Bool {
            guard k == e, k > a, toks[k].kind == .word, toks[k].capitalized,
                  classes.of(p, k).contains(.surnameTitle) else { return false }
            if toks[k - 1].kind == .word, toks[k - 1].capitalized, !classes.of(p, k - 1).contains(.title),
               !classes.of(p, k - 1).contains(.notName) { return true }
            return isAbbrevDot(p, k - 1) && ["rep", "sen", "mr", "mrs", "ms", "dr", "gov"].contains(lower[k - 2])
        }
        var st = e
        if surnameTitle(e) && !nameLike(e) && !(e > a && toks[e - 1].kind == .word && nameLike(e - 1)) {
            st = e  // "Rep. Dean": the title word alone is the name
        } else {
            while st - 1 >= a, nameLike(st - 1) { st -= 1 }
        }
        // "Senator Bill Cassidy", "Rep. Dean Phillips": a given name that is also a title word.
        if st == e, isGivenNameTitle(p, st - 1, a: a) { st -= 1 }
        if e >= a, nameLike(e) || surnameTitle(e), st <= e {
            guard let span = trim(p, st, e, allowLong: allowLong && st == a, toks: toks, lower: lower),
                  !(span.0...span.1).contains(where: { classes.of(p, $0).contains(.org) }) else { return nil }
            return span
        }
        // Leading name followed by post-nominals ("Nicola Roxon MP Shadow Minister").
        var k = a
        while k <= b, nameLike(k) { k += 1 }
        if k > a, k <= b, classes.of(p, k).contains(.postNominal),
           !(a..<k).contains(where: { classes.of(p, $0).contains(.org) }) {
            return trim(p, a, k - 1, allowLong: allowLong, toks: toks, lower: lower)
        }
        return nil
    }

    /// Token `k` (inside `a...`) is a given name that doubles as a title or lexicon word, written
    /// before a surname and not after an organisation word.
    func isGivenNameTitle(_ p: Int, _ k: Int, a: Int) -> Bool {
        let toks = text.paras[p].tokens
        guard k >= a, k + 1 < toks.count, toks[k].kind == .word, toks[k].capitalized, !isShouted(p, k),
              classes.of(p, k).contains(.givenNameTitle), toks[k + 1].kind == .word, toks[k + 1].capitalized else { return false }
        return k == 0 || !(toks[k - 1].kind == .word && classes.of(p, k - 1).contains(.org))
    }

    /// Keeps at most two name words (three for a run that is only a name), plus initials,
    /// particles and suffixes; drops leading words that cannot be names.
    private func trim(_ p: Int, _ a: Int, _ b: Int, allowLong: Bool, toks: [Token], lower: [String]) -> (Int, Int)? {
        var st = a
        while st <= b, toks[st].kind == .punct || classes.of(p, st).contains(.notName) && !(st < b && isGivenNameTitle(p, st, a: a))
                || !toks[st].capitalized { st += 1 }
        guard st <= b else { return nil }
        st = nameStart(p, st, b)
        let limit = allowLong ? 3 : 2
        var count = 0
        var k = b
        var start = b
        while k >= st {
            let w = lower[k], c = classes.of(p, k)
            let minor = toks[k].kind == .punct || c.contains(.nameSuffix)
                || c.contains(.particle) || (w.utf8.count == 1 && k + 1 <= b && toks[k + 1].kind == .punct)
            if !minor { count += 1; if count > limit { break } }
            start = k
            k -= 1
        }
        while start <= b, toks[start].kind == .punct { start += 1 }
        guard start <= b else { return nil }
        if start == b, classes.of(p, b).contains(.notName) { return nil }
        // "Patty Murray D WA": party and state codes, not a name.
        if (start...b).allSatisfy({ toks[$0].kind != .word || toks[$0].stop - toks[$0].start == 1 || toks[$0].stop - toks[$0].start == 2 && isShouted(p, $0) }) { return nil }
        if classes.of(p, b).contains(.neverSurname) || isContraction(lower[b]) { return nil }

        return (start, b)
    }
}
