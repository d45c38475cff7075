/// The source of a reported statement: the phrase before the reporting verb (`the ministry
/// said`, `Lavrov, Russia's foreign minister, said`), after it (`said Lavrov`), or after
/// `according to`. Resolved with the quote attribution's speaker phrases, so pronouns, titles and
/// descriptions mean the same people they mean for quotes.
extension SpeechContext {
    /// Words that end a bare noun-phrase source going backwards.
    private static let phraseStops: Set<String> = ["and", "but", "or", "that", "which", "who", "because", "while",
                                                   "if", "when", "as", "so", "though", "although", "whom", "where",
                                                   "after", "before", "since", "than", "what", "whether", "of", "to"]

    /// Verbs that end a bare noun phrase going backwards: `Lavrov said facts revealed …`.
    private static let verbStops: Set<String> = ReportedWords.finiteWords.union(["said", "says", "say", "told", "tells"])

    /// Whether a source is a definite speaker: a person, a name, a `the …`/`his …` phrase, or an
    /// organisation or group head — not any plural (`facts revealed …`). Stance and finding verbs
    /// with an object content need one.
    func isDefiniteSource(_ ref: SpeakerRef) -> Bool {
        if ref.person != nil || ref.named { return true }
        let words = ref.mention.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        guard let head = words.last else { return false }
        if TitleLexicon.pronouns.contains(head) || ReportedWords.groupHeads.contains(head)
            || ReportedWords.organizationHeads.contains(head) || ReportedWords.documentHeads.contains(head) { return true }
        return words.count > 1 && TitleLexicon.determiners.contains(words[0])
    }

    /// The source before the verb at `k` (no earlier than `s`): auxiliaries and adverbs are skipped.
    func sourceBefore(_ p: Int, _ s: Int, _ k: Int) -> (SpeakerRef, (Int, Int))? {
        let t = tokens(p), lw = lower(p)
        var j = k - 1
        while j >= s, t[j].kind == .word, !t[j].capitalized, ReportedWords.auxiliaries.contains(lw[j]) { j -= 1 }
        guard j >= s, t[j].kind == .word || isPunct(p, j, 0x2C) || t[j].kind == .dash || names.isAbbrevDot(p, j) else { return nil }
        // "Sanders, who said …": the relative pronoun is the source; its antecedent the speaker.
        if t[j].kind == .word, lw[j] == "who", j - 1 >= 0 {
            let before = isPunct(p, j - 1, 0x2C) ? j - 2 : j - 1
            var ref = before >= 0 ? phrase(endingAt: before, in: p, before: p, t[k].start) : nil
            if ref == nil { ref = SpeakerRef(person: nil, mention: "who", named: false) }
            return (ref!, (j, j))
        }
        if t[j].kind == .word, Self.phraseStops.contains(lw[j]) { return nil }
        // "their promise to …", "the claim": after a determiner the verb form is a noun.
        if j == k - 1, t[j].kind == .word, TitleLexicon.determiners.contains(lw[j]) || lw[j] == "'s" { return nil }
        let at = t[k].start
        if let ref = phrase(endingAt: j, in: p, before: p, at) {
            return ofTitle(p, s, ref, locate(ref.mention, p, s, j) ?? (j, j))
        }
        // A bare noun phrase: "officials", "Democrats", "the ministry", "the report".
        guard t[j].kind == .word, !Self.phraseStops.contains(lw[j]) else { return nil }
        var a = j
        while a - 1 >= s, t[a - 1].kind == .word, j - a < 4, !Self.phraseStops.contains(lw[a - 1]),
              !Self.verbStops.contains(lw[a - 1]),
              !ReportedWords.auxiliaries.contains(lw[a - 1]) || TitleLexicon.determiners.contains(lw[a - 1]) {
            a -= 1
            // A possessive joins its owner: `last year’s FBI statistics`.
            if lw[a] == "s", a - 2 >= s, !t[a].spaceBefore, t[a - 1].kind != .word, t[a - 2].kind == .word { a -= 2 }
        }
        let head = lw[j]
        let nounLike = ReportedWords.groupHeads.contains(head) || ReportedWords.organizationHeads.contains(head)
            || t[j].capitalized || TitleLexicon.isHeadTitle(head) || TitleLexicon.titleWords.contains(head)
            || (a < j && TitleLexicon.determiners.contains(lw[a])) || head == "percent" || head == "%"
            || ReportedWords.documentHeads.contains(head) || Self.isPlural(head)
        guard nounLike else { return nil }
        return ofTitle(p, s, SpeakerRef(person: nil, mention: text.text(p, tokens: a, j), named: t[j].capitalized), (a, j))
    }

    /// A title that takes `of`: `Head of State`, `Secretary of Defense`, `Minister of Finance`.
    static func isOfTitle(_ w: String) -> Bool { TitleLexicon.isHeadTitle(w) || w == "head" || w == "chief" }

    /// `the Head of State noted`, `Secretary of State`: a source that stopped at `of` belongs to
    /// the title before it — a person, not an organisation called "State".
    private func ofTitle(_ p: Int, _ s: Int, _ ref: SpeakerRef, _ span: (Int, Int)) -> (SpeakerRef, (Int, Int)) {
        let t = tokens(p), lw = lower(p)
        let a = span.0
        guard ref.person == nil, a - 2 >= s, t[a - 1].kind == .word, lw[a - 1] == "of", t[a - 2].kind == .word,
              Self.isOfTitle(lw[a - 2]) else { return (ref, span) }
        var b = a - 2
        if b - 1 >= s, t[b - 1].kind == .word, TitleLexicon.determiners.contains(lw[b - 1]) { b -= 1 }
        return (SpeakerRef(person: nil, mention: text.text(p, tokens: b, span.1), named: false), (b, span.1))
    }

    /// The source starting at token `i` (`said Lavrov`, `according to the ministry`), ending by `limit`.
    func sourceAfter(_ p: Int, _ i: Int, _ limit: Int) -> (SpeakerRef, (Int, Int))? {
        let t = tokens(p)
        guard i <= limit, t[i].kind == .word else { return nil }
        if let found = phrase(startingAt: i, in: p, before: p, t[i].start) {
            var ref = found.0
            let end = found.1
            let e = min(end, limit)
            // A description running past the limit is cut there (`the authority voted …`).
            if end > limit, ref.person == nil { ref.mention = text.text(p, tokens: i, e) }
            return (ref, locate(ref.mention, p, i, max(e, i)) ?? (i, e))
        }
        var e = i
        let lw = lower(p)
        // A bare phrase ends before its verb: `the board voted on Thursday …`.
        while e + 1 <= limit, e - i < 6, t[e + 1].kind == .word || names.isAbbrevDot(p, e + 1),
              t[e + 1].kind != .word || t[e + 1].capitalized || !Self.verbStops.contains(lw[e + 1])
                && !(lw[e + 1].hasSuffix("ed") && lw[e + 1].utf8.count > 4) && lw[e + 1] != "to" { e += 1 }
        return (SpeakerRef(person: nil, mention: text.text(p, tokens: i, e), named: t[i].capitalized), (i, e))
    }

    /// A plural noun before a verb: `statistics`, `polls`, `Democrats` (not `this`, `class`, `its`).
    private static func isPlural(_ w: String) -> Bool {
        w.utf8.count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is")
            && !w.hasSuffix("'s") && !w.hasSuffix("’s") && !ReportedWords.finiteWords.contains(w)
    }

    /// Tokens `(a, b)` within `lo...hi` whose text is `mention` (the last such occurrence).
    func locate(_ mention: String, _ p: Int, _ lo: Int, _ hi: Int) -> (Int, Int)? {
        let t = tokens(p), bytes = text.paras[p].bytes
        let m = Array(mention.utf8)
        guard !m.isEmpty, lo <= hi, lo >= 0, hi < t.count else { return nil }
        var a = hi
        while a >= lo {
            let start = t[a].start
            if start + m.count <= bytes.count, bytes[start] == m[0], Array(bytes[start..<(start + m.count)]) == m {
                let b = text.tokenIndex(p, atOrAfter: start + m.count) - 1
                return (a, max(a, b))
            }
            a -= 1
        }
        return nil
    }

    /// Whether a resolved source is a person, an organisation or a group, and its name.
    func classify(_ ref: SpeakerRef, _ p: Int, _ span: (Int, Int)?) -> (Statement.SpeakerKind, String) {
        let words = ref.mention.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" })
        let head = words.last.map(String.init) ?? ""
        if ref.person != nil { return (.person, ref.mention) }
        // `the Head of State`, `Secretary of State`: a title is a person.
        if let first = words.first(where: { !TitleLexicon.determiners.contains(String($0)) }),
           words.contains("of"), Self.isOfTitle(String(first)) { return (.person, ref.mention) }
        // `the report`, `the Executive Order`: a document speaks for whoever issued it.
        if ReportedWords.documentHeads.contains(head) { return (.organization, ref.mention) }
        if ReportedWords.groupHeads.contains(head) { return (.group, ref.mention) }
        if ReportedWords.organizationHeads.contains(head) || ref.named { return (.organization, ref.mention) }
        if head.hasSuffix("s"), !head.hasSuffix("ss"), !TitleLexicon.pronouns.contains(head) { return (.group, ref.mention) }
        return (.person, ref.mention)
    }
}
