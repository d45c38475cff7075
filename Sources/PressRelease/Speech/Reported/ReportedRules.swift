/// The reported-speech rules of one sentence (`s...z`, `z` its last content token).
extension SpeechContext {
    /// `According to X, …` (source first) and `…, according to X` (content first).
    func accordingTo(_ p: Int, _ s: Int, _ z: Int) -> ScannedStatement? {
        let t = tokens(p), lw = lower(p)
        var k = s
        while k + 1 <= z, !(lw[k] == "according" && lw[k + 1] == "to" && !isQuoted(p, k)) { k += 1 }
        guard k + 2 <= z else { return nil }
        var se = k + 2
        while se + 1 <= z, se - k < 16, !isPunct(p, se + 1, 0x2C) { se += 1 }
        // "according to plan", "according to the rules": a standard, not a source.
        if ["plan", "schedule", "law", "tradition", "custom", "protocol", "the"].contains(lw[k + 2]),
           lw[k + 2] != "the" || (k + 3 <= z && ["plan", "rules", "law", "schedule", "constitution", "agreement"].contains(lw[k + 3])) { return nil }
        guard let (ref, span) = sourceAfter(p, k + 2, se) else { return nil }
        let cue = Cue(lemma: "according to", words: text.text(p, tokens: k, k + 1))
        let leads = (s..<k).allSatisfy { t[$0].kind != .word || ["but", "and", "so", "yet", "also"].contains(lw[$0]) }
        var a = s, b = z
        if leads {
            guard se + 2 <= z, isPunct(p, se + 1, 0x2C) else { return nil }
            a = se + 2
        } else if se >= z {
            b = k - 1
            while b > s, t[b].kind == .punct { b -= 1 }
        }
        guard wordCount(p, a, b) >= 2 else { return nil }
        return ScannedStatement(para: p, first: a, last: b, source: span, ref: ref, cue: cue, addressee: nil,
                                rule: "reported.according-to", confidence: confidence(ref, 0.85))
    }

    /// `…, X said.` / `…, said X.` closing the sentence, or the aside `…, he said, …`. Returns the
    /// statement and the cue's token.
    func trailing(_ p: Int, _ s: Int, _ z: Int, _ lex: CueLexicon) -> (ScannedStatement, Int)? {
        let t = tokens(p)
        var cm = s + 1
        while cm < z {
            defer { cm += 1 }
            guard isPunct(p, cm, 0x2C), !isQuoted(p, cm), let seg = attributionSegment(p, cm + 1, z, lex) else { continue }
            // Content before the comma; a quote there is the quote attribution's business.
            guard wordCount(p, s, cm - 1) >= 3, t[s].kind != .quote else { return nil }
            // `…, Cuomo said on Thursday, saying that …`: a participle after the segment starts
            // another statement, so the content stops at the comma (trailing, not an aside).
            let lw = lower(p)
            let next = seg.end + 2 <= z ? lw[seg.end + 2] : ""
            let participle = next.hasSuffix("ing") && next.utf8.count > 5
                || next.hasSuffix("ly") && seg.end + 3 <= z && lw[seg.end + 3].hasSuffix("ing")
            let aside = seg.end < z && !participle
            let b = aside ? z : cm - 1
            let st = ScannedStatement(para: p, first: s, last: b, source: seg.span, ref: seg.ref, cue: seg.cue,
                                      addressee: nil, rule: aside ? "reported.aside" : "reported.trailing",
                                      confidence: confidence(seg.ref, 0.8))
            return (st, seg.cueToken)
        }
        return nil
    }

    /// `X said` / `said X` / `X told reporters Monday` from `a`, ending at `z` or at a comma.
    private func attributionSegment(_ p: Int, _ a: Int, _ z: Int, _ lex: CueLexicon)
        -> (ref: SpeakerRef, span: (Int, Int), cue: Cue, cueToken: Int, end: Int)? {
        let t = tokens(p), lw = lower(p)
        guard a <= z else { return nil }
        var end = a
        while end + 1 <= z, end - a < 12, !isPunct(p, end + 1, 0x2C) { end += 1 }
        guard end - a <= 10 else { return nil }
        if end < z, !isPunct(p, end + 1, 0x2C) { return nil }
        for k in a...end {
            guard let c = reportingCue(p, k, lex) ?? capitalSaid(p, k, lex) else { continue }
            let after = k + c.count
            // Only time words or a listener may follow the verb: "told reporters on Monday".
            let rest = after <= end ? Array(after...end) : []
            let cueWords = Cue(lemma: c.lemma, words: text.text(p, tokens: k, k + c.count - 1))
            // Inverted: `…, said Lavrov.` — a name or a description, never a clause (`added that …`).
            if k == a, after <= end, t[after].capitalized || TitleLexicon.determiners.contains(lw[after]) && lw[after] != "that",
               end - after < 8, let (ref, span) = sourceAfter(p, after, end), span.1 >= end - 1 {
                return (ref, span, cueWords, k, end)
            }
            let quiet = rest.allSatisfy { lw[$0] != "that" && (ReportedWords.afterVerb.contains(lw[$0]) || c.lemma == "tell" || t[$0].kind != .word) }
            guard k > a, quiet, rest.count <= 6, let (ref, span) = sourceBefore(p, a, k), span.0 == a || span.0 <= a + 1 else { return nil }
            return (ref, span, cueWords, k, end)
        }
        return nil
    }

    private func capitalSaid(_ p: Int, _ k: Int, _ lex: CueLexicon) -> (lemma: String, count: Int)? {
        names.isCapitalSaid(p, k) ? lex.match(lower(p), at: k) : nil
    }

    /// `X's view is that …`.
    func viewIsThat(_ p: Int, _ s: Int, _ z: Int) -> ScannedStatement? {
        let lw = lower(p)
        var k = s + 1
        while k + 3 <= z {
            if lw[k] == "'s", ReportedWords.viewNouns.contains(lw[k + 1]), lw[k + 2] == "is" || lw[k + 2] == "was",
               lw[k + 3] == "that", let (ref, span) = sourceBefore(p, s, k) {
                guard k + 4 <= z else { return nil }
                return ScannedStatement(para: p, first: k + 4, last: z, source: span, ref: ref,
                                        cue: Cue(lemma: lw[k + 1], words: text.text(p, tokens: k + 1, k + 3)),
                                        addressee: nil, rule: "reported.view", confidence: confidence(ref, 0.8))
            }
            k += 1
        }
        return nil
    }

    func confidence(_ ref: SpeakerRef?, _ base: Double) -> Double {
        guard let ref else { return base * 0.6 }
        if ref.named { return base }
        return ref.person != nil ? base * 0.9 : base * 0.8
    }
}
