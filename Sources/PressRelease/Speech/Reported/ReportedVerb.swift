/// A reporting verb with its complement: `X said (that) …`, `X told reporters …`, `X warned of
/// …`, `it was announced that …`. The content runs from after the verb (its listener, a time or
/// `in a statement` phrase, and `that`) to the end of the sentence, or to a trailing attribution.
extension SpeechContext {
    private static let beForms: Set<String> = ["was", "is", "were", "been", "be", "being", "are"]
    private static let participles: Set<String> = ["told", "said", "thought", "known", "understood", "shown",
                                                   "found", "felt", "written", "spoken"]
    private static let listeners: Set<String> = ["him", "her", "them", "us", "me", "you", "reporters",
                                                 "journalists", "lawmakers", "supporters", "voters", "members",
                                                 "colleagues", "officials", "senators", "congress", "parliament"]
    private static let pastIrregular: Set<String> = ["went", "came", "made", "took", "got", "gave", "knew", "saw",
                                                     "said", "told", "thought", "became", "began", "left", "lost",
                                                     "won", "met", "ran", "paid", "sent", "spent", "built", "held",
                                                     "kept", "led", "meant", "set", "cut", "hit", "put", "grew",
                                                     "fell", "rose", "broke", "chose", "drove", "wrote", "sold",
                                                     "stood", "brought", "bought", "caught", "fought", "felt",
                                                     "found", "heard", "got", "let", "shut", "spoke", "stole"]
    /// Verbs whose content may be an infinitive: `vowed to fight`.
    private static let infinitive: Set<String> = ["promise", "pledge", "vow", "threaten", "agree", "urge", "ask",
                                                  "order", "call on", "demand", "propose", "expect", "hope",
                                                  "plan", "refuse", "claim", "tell", "warn", "remind",
                                                  "decline", "want", "seek", "offer"]

    func verbComplement(_ p: Int, _ s: Int, _ z: Int, _ k: Int, _ c: (lemma: String, count: Int),
                        _ lex: CueLexicon) -> ScannedStatement? {
        let t = tokens(p), lw = lower(p)
        var i = k + c.count
        guard i <= z else { return nil }
        let passive = k - 1 >= s && Self.beForms.contains(lw[k - 1])
            && (lw[k].hasSuffix("ed") || Self.participles.contains(lw[k]))
        // Passive reported speech has an empty subject: `it was announced that`, `it is believed`.
        if passive, !(k - 2 >= s && lw[k - 2] == "it") { return nil }
        var addressee: String? = nil
        if ReportedWords.listenerVerbs.contains(c.lemma), t[i].kind == .word, lw[i] != "that" {
            let a = i
            if t[i].capitalized { i = names.runEnd(p, from: i) + 1 }
            else if Self.listeners.contains(lw[i]) { i += 1 }
            else if TitleLexicon.determiners.contains(lw[i]) {
                i += 1
                while i <= z, i - a < 4, t[i].kind == .word, lw[i] != "that", !isFinite(lw[i]) { i += 1 }
            }
            if i > a { addressee = text.text(p, tokens: a, i - 1) }
        }
        skipTimePhrases(p, &i, z)
        guard i <= z else { return nil }
        var hasThat = false
        if t[i].kind == .word, lw[i] == "that" { hasThat = true; i += 1 }
        guard i <= z else { return nil }
        var rule = "reported.verb"
        if passive { rule = "reported.passive" }
        if !hasThat, !passive, ReportedWords.objectToVerbs.contains(c.lemma), let to = infinitiveAfterObject(p, i, z) {
            if addressee == nil, to > i { addressee = text.text(p, tokens: i, to - 1) }
            i = to + 1
            rule = "reported.verb-to"
        } else if ReportedWords.objectToOnly.contains(c.lemma) {
            return nil
        } else if !hasThat {
            if let preps = ReportedWords.prepositionVerbs[c.lemma], preps.isEmpty || preps.contains(lw[i]),
               lw[i] != "to" || preps.contains("to") {
                if !preps.isEmpty { i += 1 }
                rule = "reported.verb-object"
            } else if t[i].kind == .quote {
                // `said "…"`: a quote (direct, or part of mixed content) — assembly decides.
            } else {
                guard t[i].kind == .word else { return nil }
                if lw[i] == "to" {
                    guard Self.infinitive.contains(c.lemma), !passive else { return nil }
                    rule = "reported.verb-to"
                } else {
                    guard opensClause(p, i, z, c.lemma) else { return nil }
                }
            }
        }
        guard i <= z else { return nil }
        // An object ends at its first comma: `criticized the plan, saying …`.
        let b = rule == "reported.verb-object" ? objectStop(p, i, z) : contentStop(p, i, z, lex)
        guard wordCount(p, i, b) >= 2 else { return nil }
        var ref: SpeakerRef? = nil
        var span: (Int, Int)? = nil
        if !passive {
            if lw[k].hasSuffix("ing"), !isProgressive(p, k) {
                (ref, span) = participleSubject(p, s, k).map { ($0.0, $0.1) } ?? (nil, nil)
            } else if let found = sourceBefore(p, s, k) {
                (ref, span) = (found.0, found.1)
            } else if coordinated(p, s, k) {
                // `Rubio thanked Miami and said …`: the subject of the first verb.
                (ref, span) = participleSubject(p, s, k).map { ($0.0, $0.1) } ?? (nil, nil)
            }
            guard let ref else { return nil }
            if rule == "reported.verb-object", !isDefiniteSource(ref) { return nil }
        }
        return ScannedStatement(para: p, first: i, last: b, source: span, ref: ref,
                                cue: Cue(lemma: c.lemma, words: text.text(p, tokens: k, k + c.count - 1)),
                                addressee: addressee, rule: rule,
                                confidence: passive ? 0.5 : confidence(ref, hasThat ? 0.85 : 0.75))
    }

    /// Whether a `that`-less complement starting at `i` is a clause: `said allies were rattled`,
    /// `said he’d build`. After `say` any noun phrase opens one (`said smugglers dig tunnels`);
    /// other verbs need a finite verb soon after (`suggested the plan was`, not `suggested a plan`).
    private func opensClause(_ p: Int, _ i: Int, _ z: Int, _ lemma: String) -> Bool {
        let t = tokens(p), lw = lower(p)
        let w = lw[i]
        if ReportedWords.notClauseStarts.contains(w) { return false }
        if Self.hasContraction(w) { return true }
        // `said on the CBS program "Face the Nation."`, `said in an interview with CNN`: a phrase
        // after a quote's cue, not a clause, unless a verb follows (`said in a statement the firm would`).
        if Self.prepositions.contains(w) { return hasFiniteVerb(p, i + 1, z) }
        let listed = ReportedWords.clauseStarts.contains(w) || t[i].capitalized || w.first?.isNumber == true
        if lemma == "say", wordCount(p, i, min(z, i + 3)) >= 3 { return true }
        guard listed || !Self.pastIrregular.contains(w) && !isFinite(w) else { return false }
        return hasFiniteVerb(p, i + (w == "there" ? 0 : 1), min(z, i + 24))
    }

    private static let prepositions: Set<String> = ["in", "on", "at", "during", "via", "through", "after", "before",
                                                    "over", "from", "by", "with", "for", "under", "among", "amid",
                                                    "since", "until"]

    /// The `to` ending a listener of a few words (`states in June`, `the U.S. Army Corps of
    /// Engineers on Sept. 30`), with no verb or clause inside it.
    private func infinitiveAfterObject(_ p: Int, _ i: Int, _ z: Int) -> Int? {
        let t = tokens(p), lw = lower(p)
        guard i <= z, t[i].kind == .word, lw[i] != "to" else { return nil }
        var j = i + 1
        while j <= min(z - 1, i + 10) {
            if t[j].kind == .word, lw[j] == "to" { return j }
            if isSentenceEnd(p, j) || t[j].kind == .quote || isPunct(p, j, 0x3B) { return nil }
            if t[j].kind == .word, !t[j].capitalized, lw[j] == "that" || isFinite(lw[j]) && !names.isAbbrevDot(p, j) { return nil }
            j += 1
        }
        return nil
    }

    /// `he’d`, `they’ll`, `we’re`, `it’s`-like subject contractions.
    private static func hasContraction(_ w: String) -> Bool {
        for suffix in ["'d", "’d", "'ll", "’ll", "'re", "’re", "'ve", "’ve", "'m", "’m"] where w.hasSuffix(suffix) { return true }
        return false
    }

    private func isFinite(_ w: String) -> Bool {
        ReportedWords.finiteWords.contains(w) || Self.pastIrregular.contains(w)
            || (w.utf8.count > 4 && w.hasSuffix("ed"))
    }

    private func hasFiniteVerb(_ p: Int, _ a: Int, _ b: Int) -> Bool {
        guard a <= b else { return false }
        let t = tokens(p), lw = lower(p)
        for k in a...b {
            if isSentenceEnd(p, k) { return false }
            if t[k].kind == .word, !t[k].capitalized, isFinite(lw[k]) || Self.hasContraction(lw[k]) || lw[k].hasSuffix("n't") || lw[k].hasSuffix("n’t") { return true }
            // Third person present after a name or pronoun: "Putin wants", "he believes".
            if t[k].kind == .word, !t[k].capitalized, k > a, lw[k].hasSuffix("s"), !lw[k].hasSuffix("ss"),
               t[k - 1].capitalized || ["he", "she", "it", "this", "that"].contains(lw[k - 1]) { return true }
        }
        return false
    }

    /// Skips `Monday`, `on Tuesday`, `in a statement`, `, however,` between a verb and its content.
    private func skipTimePhrases(_ p: Int, _ i: inout Int, _ z: Int) {
        let t = tokens(p), lw = lower(p)
        var rounds = 0
        while i <= z, rounds < 6 {
            rounds += 1
            if isPunct(p, i, 0x2C) { i += 1; continue }
            guard t[i].kind == .word else { return }
            if CalendarTime.words.contains(lw[i]) { i += 1; continue }
            if ["in", "on", "at", "during", "via", "through", "after", "before", "earlier", "last", "this"].contains(lw[i]) {
                var j = i + 1
                while j <= min(z, i + 8), t[j].kind == .word, lw[j] != "that" { j += 1 }
                if j <= z, lw[j] == "that" || isPunct(p, j, 0x2C) { i = j; continue }
            }
            return
        }
    }

    /// The content's last token: the sentence end, or before `, according to X`, a participle
    /// adjunct (`…, insisting that …`, `…, failing to see …`) or the source's next verb (`… and
    /// cited …`), each the start of another statement or of words outside this one.
    private func contentStop(_ p: Int, _ i: Int, _ z: Int, _ lex: CueLexicon) -> Int {
        let t = tokens(p), lw = lower(p)
        var k = i + 1
        while k < z {
            defer { k += 1 }
            guard !isQuoted(p, k) else { continue }
            // `…; 46 percent said …` and `…, but there is growing anger …`: another clause, not
            // the complement's (PolNeAR ends content there); `…, but that …` is a second complement.
            if isPunct(p, k, 0x3B), k + 1 <= z, t[k + 1].kind == .word, t[k + 1].capitalized || ReportedWords.clauseStarts.contains(lw[k + 1]) && !Self.prepositions.contains(lw[k + 1]) { return k - 1 }
            if isPunct(p, k, 0x2C), k + 2 <= z, Self.contrastive.contains(lw[k + 1]), t[k + 2].kind == .word,
               lw[k + 2] != "that",
               t[k + 2].capitalized || ReportedWords.clauseStarts.contains(lw[k + 2]) && !Self.prepositions.contains(lw[k + 2]) {
                return k - 1
            }
            if isPunct(p, k, 0x2C), k + 1 <= z, t[k + 1].kind == .word, !t[k + 1].capitalized {
                let w = lw[k + 1]
                if w == "according", k + 2 <= z, lw[k + 2] == "to" { return k - 1 }
                if w.hasSuffix("ing"), w.utf8.count > 5, !Self.inContentIng.contains(w) { return k - 1 }
                // `…, implicitly criticizing …`.
                if w.hasSuffix("ly"), k + 2 <= z, lw[k + 2].hasSuffix("ing"), lw[k + 2].utf8.count > 5,
                   !Self.inContentIng.contains(lw[k + 2]) { return k - 1 }
            }
            // `… and cited …`: a reporting verb in the past after `and`/`but` is the source's.
            if t[k].kind == .word, lw[k] == "and" || lw[k] == "but", k + 1 <= z, !t[k + 1].capitalized,
               let c = lex.match(lw, at: k + 1), !ReportedWords.notReporting.contains(c.lemma),
               lw[k + 1].hasSuffix("ed") || Self.pastIrregular.contains(lw[k + 1]) { return k - 1 }
        }
        return z
    }

    /// Conjunctions that, after a comma, open a clause of their own.
    private static let contrastive: Set<String> = ["but", "while", "whereas", "although", "though", "yet"]

    /// `-ing` words after a comma that stay inside content (`…, including …`).
    private static let inContentIng: Set<String> = ["including", "excluding", "notwithstanding", "regarding",
                                                    "concerning", "during", "everything", "something",
                                                    "nothing", "anything", "thing", "morning", "evening", "spring"]

    /// The verb at `k` follows `and`/`but` that joins it to an earlier verb of the same subject.
    private func coordinated(_ p: Int, _ s: Int, _ k: Int) -> Bool {
        let t = tokens(p), lw = lower(p)
        var j = k - 1
        while j >= s, t[j].kind == .word, !t[j].capitalized, ReportedWords.auxiliaries.contains(lw[j]) { j -= 1 }
        guard j > s, t[j].kind == .word, lw[j] == "and" || lw[j] == "but" else { return false }
        // Not `Clinton and Sanders said`: the word before `and` is no name.
        return !t[j - 1].capitalized
    }

    private func objectStop(_ p: Int, _ i: Int, _ z: Int) -> Int {
        var k = i + 1
        while k < z {
            if isPunct(p, k, 0x2C) || isPunct(p, k, 0x3B), !isQuoted(p, k) { return k - 1 }
            k += 1
        }
        return z
    }

    /// The subject of `…, saying that …`: the sentence's first name or he/she.
    private func participleSubject(_ p: Int, _ s: Int, _ k: Int) -> (SpeakerRef, (Int, Int))? {
        let t = tokens(p), lw = lower(p)
        var j = s
        while j < k, j - s < 14 {
            if t[j].kind == .word, lw[j] == "he" || lw[j] == "she" { return (resolvePronoun(lw[j], p, t[k].start), (j, j)) }
            if t[j].kind == .word, t[j].capitalized {
                let r = names.runEnd(p, from: j)
                if let ref = namedPhrase(p, j, min(r, k - 1), p, t[k].start) { return (ref, (j, min(r, k - 1))) }
                j = r + 1
                continue
            }
            if t[j].kind == .word, TitleLexicon.determiners.contains(lw[j]) {
                // The phrase ends before the sentence's verb: `the board … voted on Thursday …`.
                var e = j + 1
                while e < k, t[e].kind != .word || t[e].capitalized || !isFinite(lw[e]) && lw[e] != "to" { e += 1 }
                if let found = sourceAfter(p, j, e - 1) { return found }
            }
            j += 1
        }
        return nil
    }
}

/// Day and time words that may sit between a verb and its content.
enum CalendarTime {
    static let words: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                     "today", "yesterday", "tonight", "recently", "earlier", "later", "repeatedly",
                                     "again", "also", "previously", "publicly", "privately", "flatly", "firmly",
                                     "separately", "explicitly", "emphatically", "however", "too", "then", "now",
                                     "once", "often", "frequently", "openly", "bluntly"]
}
