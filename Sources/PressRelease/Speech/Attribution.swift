/// An attribution found for a quote.
struct Attribution {
    var speaker: SpeakerRef
    var cue: Cue?
    var addressee: String?
    var rule: AttributionRule
}

/// Finds who said a quote: in the same sentence after it (`"…," Lavrov said.`, `"…" -Commissioner
/// Starks`), before it (`Lavrov said, "…"`), on the line before (`On the discussions, Lavrov
/// said,` ⏎ `"…"`) or after (`"…,"` ⏎ `Lavrov told reporters.`). Each look is bounded to a few
/// tokens around the quote, so the cost stays linear in the text.
extension SpeechContext {
    static let window = 40

    func attribute(_ q: ScannedQuote, nextQuoteStart: Int?, previousQuoteStop: Int?) -> Attribution? {
        let p = q.paragraph
        let t = tokens(p)
        let after = text.tokenIndex(p, atOrAfter: q.closeStop)
        let limit = min(t.count, nextQuoteStart.map { text.tokenIndex(p, atOrAfter: $0) } ?? t.count)
        // A quote that ends its own sentence (`…."`) hands over to a following attribution only
        // in lower case (`"Why?" asked Jordan`); a capital starts the next sentence.
        let last = text.paras[p].bytes[q.textStop - 1]
        let endsSentence = last == 0x2E || (q.textStop >= 3 && last == 0xA6)
        let afterAllowed = !endsSentence || (after < limit && (t[after].kind == .dash || (t[after].kind == .word && !t[after].capitalized)))
            || isBareAttribution(p, from: after, limit: limit)
        if afterAllowed, let a = attributionAfter(p, from: after, limit: limit, quoteAt: q.openStart) { return a }
        let open = text.tokenIndex(p, atOrAfter: q.openStart)
        let floor = previousQuoteStop.map { text.tokenIndex(p, atOrAfter: $0) } ?? 0
        if let a = attributionBefore(p, endingAt: open - 1, floor: floor, quoteAt: q.openStart) { return a }
        // Line before: the quote opens its paragraph and the paragraph before hands over with , or :
        if open == 0 || (open <= 3 && floor == 0 && (0..<open).allSatisfy({ t[$0].kind != .word })), p > 0 {
            let pp = p - 1, pt = tokens(pp)
            if let last = pt.indices.last, pt[last].kind == .punct, pt[last].byte == 0x2C || pt[last].byte == 0x3A,
               !isQuoted(pp, last) || last == 0 {
                if var a = attributionBefore(pp, endingAt: last, floor: 0, quoteAt: pt[last].start, colonTurn: true) {
                    if a.rule != .colonLeadIn { a.rule = .lineBefore }
                    return a
                }
            }
        }
        // Line after: the quote ends its paragraph; the next paragraph starts with the attribution.
        let atEnd = after >= t.count || (limit == t.count && t.count - after <= 3 && (after..<t.count).allSatisfy({ t[$0].kind != .word }))
        if afterAllowed, atEnd || lonelyName(p, after, limit) {
            let np = p + 1
            if np < text.paras.count, let first = tokens(np).first, first.kind != .quote {
                if var a = attributionAfter(np, from: 0, limit: tokens(np).count, quoteAt: q.openStart, paraOfQuote: p) {
                    if a.speaker.person == nil, lonelyName(p, after, limit), let n = namedPhrase(p, after + (isPunct(p, after, 0x2C) ? 1 : 0), limit - 1, p, q.openStart) {
                        a.speaker = n
                    }
                    a.rule = .lineAfter
                    return a
                }
            }
        }
        return nil
    }

    /// `", Mr Macphee` ⏎ `said.`: a name after the quote whose cue is on the next line.
    private func lonelyName(_ p: Int, _ from: Int, _ limit: Int) -> Bool {
        let t = tokens(p)
        guard from < limit, limit == t.count, limit - from <= 8 else { return false }
        var k = from
        if isPunct(p, k, 0x2C) { k += 1 }
        guard k < limit, t[k].kind == .word, t[k].capitalized else { return false }
        return names.runEnd(p, from: k) >= limit - 1
    }

    /// `said Rep. Nunes.` / `Lavrov told reporters.` / `-Commissioner Geoffrey Starks` right after a quote.
    func attributionAfter(_ p: Int, from i0: Int, limit: Int, quoteAt: Int, paraOfQuote: Int? = nil) -> Attribution? {
        let t = tokens(p)
        var i = i0
        let para = paraOfQuote ?? p
        while i < limit, t[i].kind == .punct, t[i].byte == 0x2C || t[i].byte == 0x2E && !isSentenceEnd(p, i) { i += 1 }
        guard i < limit else { return nil }
        // Trailing dash attribution: ” -Commissioner Geoffrey Starks
        if t[i].kind == .dash, i + 1 < limit, t[i + 1].capitalized,
           let (ref, _) = phrase(startingAt: i + 1, in: p, before: para, quoteAt), ref.person != nil {
            return Attribution(speaker: ref, cue: Cue(lemma: "—", words: text.text(p, tokens: i, i)), addressee: nil, rule: .dash)
        }
        // Cue first: said Jane Doe, CEO of Acme
        if let c = cue(p, i), i + c.count < limit,
           let (ref, end) = phrase(startingAt: i + c.count, in: p, before: para, quoteAt) {
            return Attribution(speaker: ref, cue: Cue(lemma: c.lemma, words: text.text(p, tokens: i, i + c.count - 1)),
                               addressee: addressee(p, c, i, end), rule: .cueThenSpeaker)
        }
        // Speaker first: Lavrov told reporters / the President said / he said
        var k = i, aside = 0
        while k < limit, k - i - aside < 14, !isSentenceEnd(p, k), t[k].kind != .quote {
            // An aside between dashes after the speaker does not count towards the distance.
            if k > i, let close = asideClose(p, openingAt: k, limit: limit) ?? appositionClose(p, openingAt: k, from: i, limit: limit) {
                aside += close - k
                k = close + 1
                continue
            }
            if k > i, let c = cue(p, k) {
                // `a "fair share" plan, saying …`: the participle's subject opens the quote's sentence.
                if paraOfQuote == nil, lower(p)[k].hasSuffix("ing"), isPunct(p, k - 1, 0x2C),
                   let ref = subjectOfSentence(p, around: text.tokenIndex(p, atOrAfter: quoteAt), quoteAt) {
                    return Attribution(speaker: ref, cue: Cue(lemma: c.lemma, words: text.text(p, tokens: k, k + c.count - 1)),
                                       addressee: nil, rule: .participle)
                }
                guard let ref = phrase(endingAt: k - 1, in: p, before: para, quoteAt) else {
                    return clauseThenCue(p, cue: c, at: k, limit: limit, para: para, quoteAt)
                }
                return Attribution(speaker: ref, cue: Cue(lemma: c.lemma, words: text.text(p, tokens: k, k + c.count - 1)),
                                   addressee: addressee(p, c, k, k + c.count - 1), rule: .speakerThenCue)
            }
            k += 1
        }
        return nil
    }

    /// `Lavrov said, "…"` / `Mr Keenan said: "…"` / `On the discussions, Lavrov said,` (line before).
    func attributionBefore(_ p: Int, endingAt e: Int, floor: Int, quoteAt: Int, colonTurn: Bool = false) -> Attribution? {
        let t = tokens(p)
        guard e >= 0, e < t.count, !isSentenceEnd(p, e) else { return nil }
        var s = e
        while s - 1 >= floor, e - s < Self.window, !isSentenceEnd(p, s - 1), t[s - 1].kind != .quote { s -= 1 }
        let handsOver = t[e].kind == .punct && (t[e].byte == 0x2C || t[e].byte == 0x3A)
        // The last cue of the sentence before the quote.
        var k = e
        while k >= s {
            if let c = cue(p, k) {
                let cueWords = text.text(p, tokens: k, k + c.count - 1)
                let end = k + c.count - 1
                // Inverted: said Senator Coulter: "…" (after "told" comes the listener: told SKY NEWS: "…").
                // The speaker phrase must reach the hand-over: in `said Clinton built "a lead"` the
                // name is the subject of the reported clause, not the speaker.
                if end + 1 <= e, c.lemma != "tell", let (ref, phraseEnd) = phrase(startingAt: end + 1, in: p, before: p, quoteAt), ref.person != nil || ref.named {
                    if handsOver ? phraseEnd >= e - 1 || appositionReaches(p, from: phraseEnd, to: e)
                        : phraseEnd >= e && !(e + 2 < t.count && t[e + 2].kind == .word && !t[e + 2].capitalized) {
                        return Attribution(speaker: ref, cue: Cue(lemma: c.lemma, words: cueWords),
                                           addressee: nil, rule: .invertedCue)
                    }
                }
                // "…, calling them" / "…, adding:": the participle's subject opens the sentence.
                if lower(p)[k].hasSuffix("ing"), k - 1 >= s, isPunct(p, k - 1, 0x2C),
                   let ref = sentenceSubject(p, from: s, to: k - 1, quoteAt) {
                    return Attribution(speaker: ref, cue: Cue(lemma: c.lemma, words: cueWords),
                                       addressee: nil, rule: .participle)
                }
                if k - 1 >= s, let ref = phrase(endingAt: k - 1, in: p, before: p, quoteAt) {
                    return Attribution(speaker: ref, cue: Cue(lemma: c.lemma, words: cueWords),
                                       addressee: addressee(p, c, k, end), rule: .cueBefore)
                }
            }
            k -= 1
        }
        // A colon lead-in without a cue verb: "Congresswoman X issued the following statement:"
        if colonTurn || (t[e].kind == .punct && t[e].byte == 0x3A) {
            guard t[e].byte == 0x3A else { return nil }
            return colonLeadIn(p, colon: e, floor: floor, quoteAt: quoteAt)
        }
        return nil
    }

    /// `said Jane Doe, CEO of Acme:` — only an appositive (a comma, then no cue or clause verb
    /// but capitalised or title words) lies between the speaker phrase and the hand-over.
    private func appositionReaches(_ p: Int, from a: Int, to e: Int) -> Bool {
        guard isPunct(p, a + 1, 0x2C), e - a <= 16 else { return false }
        let t = tokens(p), lw = lower(p)
        return (a + 2..<e).allSatisfy { k in
            t[k].kind != .word || t[k].capitalized || language.connectors.contains(lw[k]) || language.titleWords.contains(lw[k])
                || language.determiners.contains(lw[k])
        }
    }

    /// The first person a sentence names before token `open`, as the subject of its participle.
    private func subjectOfSentence(_ p: Int, around open: Int, _ quoteAt: Int) -> SpeakerRef? {
        var s = open
        while s - 1 >= 0, open - s < Self.window, !isSentenceEnd(p, s - 1) { s -= 1 }
        return s < open ? sentenceSubject(p, from: s, to: open - 1, quoteAt) : nil
    }

    /// The first person (or he/she) a sentence names, as the subject of a trailing participle.
    private func sentenceSubject(_ p: Int, from s: Int, to e: Int, _ quoteAt: Int) -> SpeakerRef? {
        let t = tokens(p)
        var j = s
        while j <= e, j - s < 12 {
            if t[j].kind == .word, lower(p)[j] == "he" || lower(p)[j] == "she" { return resolvePronoun(lower(p)[j], p, quoteAt) }
            if t[j].kind == .word, t[j].capitalized {
                let r = names.runEnd(p, from: j)
                if let ref = namedPhrase(p, j, min(r, e), p, quoteAt), ref.person != nil { return ref }
                j = r + 1
                continue
            }
            j += 1
        }
        return nil
    }

    /// `told reporters` → "reporters".
    private func addressee(_ p: Int, _ c: (lemma: String, count: Int), _ k: Int, _ end: Int) -> String? {
        guard c.lemma == "tell" else { return nil }
        let t = tokens(p)
        var f = end + 1
        guard f < t.count, t[f].kind == .word else { return nil }
        let s = f
        while f < t.count, t[f].kind == .word, f - s < 5, lower(p)[f] != "that", cue(p, f) == nil { f += 1 }
        return f > s ? text.text(p, tokens: s, f - 1) : nil
    }
}
