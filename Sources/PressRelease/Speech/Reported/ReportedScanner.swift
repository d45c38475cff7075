/// Finds reported speech sentence by sentence: `According to X, …` and `…, according to X`,
/// trailing `…, X said.` (and the aside `…, he said, …`), `X's view is that …`, and a reporting
/// verb with a clausal complement (`X said (that) …`, `it was announced that …`). One pass over
/// the tokens; each look is bounded to a few tokens, so the cost stays linear.
extension SpeechContext {
    func reportedStatements(_ p: Int, lexicon: CueLexicon) -> [ScannedStatement] {
        let t = tokens(p)
        var out: [ScannedStatement] = []
        var s = 0
        while s < t.count {
            var e = s
            while e < t.count - 1, !isSentenceEnd(p, e) { e += 1 }
            // A closing mark after the full stop belongs to the sentence.
            while e + 1 < t.count, t[e + 1].kind == .quote, !t[e + 1].spaceBefore { e += 1 }
            sentence(p, s, e, lexicon, &out)
            s = e + 1
        }
        return out
    }

    /// The last content token of a sentence `s...e`: before its closing punctuation.
    private func contentEnd(_ p: Int, _ s: Int, _ e: Int) -> Int {
        let t = tokens(p)
        var z = e
        while z > s, t[z].kind == .punct, [0x2E, 0x21, 0x3F, 0x2C, 0x3B, 0x3A].contains(t[z].byte) { z -= 1 }
        return z
    }

    func wordCount(_ p: Int, _ a: Int, _ b: Int) -> Int {
        guard a <= b else { return 0 }
        let t = tokens(p)
        return (a...b).reduce(0) { $0 + (t[$1].kind == .word ? 1 : 0) }
    }

    private func sentence(_ p: Int, _ s: Int, _ e: Int, _ lex: CueLexicon, _ out: inout [ScannedStatement]) {
        let t = tokens(p)
        let z = contentEnd(p, s, e)
        guard z > s, wordCount(p, s, z) >= 3 else { return }
        var used = Set<Int>()  // cue tokens taken by a rule
        if let a = accordingTo(p, s, z) { out.append(a) }
        // A sentence handing over to a quote (`…, Lavrov said,` ⏎ `"…"`) has no trailing attribution.
        let closes = t[e].kind == .quote || (t[e].kind == .punct && [0x2E, 0x21, 0x3F].contains(t[e].byte)) || e == t.count - 1 && t[e].kind == .word
        if closes, let tr = trailing(p, s, z, lex) {
            out.append(tr.0)
            used.insert(tr.1)
        }
        if let v = viewIsThat(p, s, z) { out.append(v) }
        var k = s
        while k <= z {
            guard !used.contains(k), let c = reportingCue(p, k, lex) else { k += 1; continue }
            if let st = verbComplement(p, s, z, k, c, lex) { out.append(st) }
            k += c.count
        }
    }

    /// A reporting verb at token `k`, written in lower case and outside quote marks.
    func reportingCue(_ p: Int, _ k: Int, _ lex: CueLexicon) -> (lemma: String, count: Int)? {
        let t = tokens(p)
        guard t[k].kind == .word, !t[k].capitalized, !isQuoted(p, k), let c = lex.match(lower(p), at: k) else { return nil }
        if c.lemma == "according to" || ReportedWords.notReporting.contains(c.lemma) { return nil }
        // `Most state officials`, `20 states refused`: the noun; the verb is `stated` or `states that`.
        if c.lemma == "state", lower(p)[k] != "stated", !(k + 1 < t.count && lower(p)[k + 1] == "that") { return nil }
        // "-ing" forms only after a comma or "by" (`…, saying that`); nouns and gerunds otherwise.
        // A progressive is the verb itself: `is predicting that`, `has been saying`.
        if lower(p)[k].hasSuffix("ing") { return k > 0 && (isPunct(p, k - 1, 0x2C) || isProgressive(p, k)) ? c : nil }
        return c
    }

    /// `is predicting`, `were also warning`, `has been saying`: a form of `be` (an adverb between
    /// allowed) before an `-ing` verb.
    func isProgressive(_ p: Int, _ k: Int) -> Bool {
        let t = tokens(p), lw = lower(p)
        var j = k - 1
        if j >= 0, t[j].kind == .word, lw[j].hasSuffix("ly") || ["also", "still", "now", "not", "already"].contains(lw[j]) { j -= 1 }
        return j >= 0 && t[j].kind == .word && ReportedWords.progressiveBe.contains(lw[j])
    }
}
