/// Words that sit next to a name in a capitalised run without being part of it: a subheading
/// run into the first sentence ("Comes From Keighery", "Who Doesn’t Miller"), sentence adverbs
/// ("Usually"), and dates or document words after a name in a headline ("… Statement June").
extension NameParser {
    /// Last words no name ends with (months that are not also names, weekdays, document words).
    static let neverSurname: Set<String> = Set([
        "january", "february", "april", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "statement",
        "statements", "release", "remarks", "today", "yesterday", "tomorrow", "update", "says", "said",
    ])

    /// Headline verbs in Title Case ("Van Drew Announces Unprecedented …"): never part of a name.
    static let headlineVerbs: Set<String> = Set([
        "announces", "introduces", "unveils", "launches", "joins", "slams", "blasts", "releases", "urges",
        "applauds", "welcomes", "secures", "calls", "demands", "praises", "condemns", "celebrates", "hosts",
        "leads", "votes", "signs", "delivers", "receives", "awards", "honors", "honours", "highlights",
        "introduce", "announce", "statement", "questions", "presses", "warns", "backs", "supports",
        "reintroduces", "cosponsors", "co-sponsors", "pushes", "visits", "meets", "tours", "named", "appointed",
    ])

    static func isHeadlineVerb(_ w: String) -> Bool {
        guard let last = w.utf8.last, last == 0x73 || last == 0x65 || last == 0x64 || last == 0x74 else { return false }
        return headlineVerbs.contains(w)
    }

    /// "Ensuring Americans have …": a sentence-opening -ing word before a capitalised word is a
    /// verb, not a given name.
    static func isOpeningGerund(_ p: Int, _ k: Int, _ text: SpeechText) -> Bool {
        let w = text.paras[p].lower[k]
        guard w.utf8.count >= 6, w.hasSuffix("ing") else { return false }
        let toks = text.paras[p].tokens
        if k == 0 { return true }
        let prev = toks[k - 1]
        return prev.kind == .quote || prev.kind == .punct && (prev.byte == 0x2E || prev.byte == 0x21 || prev.byte == 0x3F || prev.byte == 0x3A)
    }

    /// A sentence adverb ("Usually", "Additionally"); long enough not to be a name like "Sally".
    static func isSentenceAdverb(_ w: String) -> Bool {
        guard w.utf8.count >= 7, w.utf8.last == 0x79 else { return false }  // cheap test first: ends in "y"
        for s in ["ually", "ously", "ently", "antly", "ately", "ively", "ially", "ically", "ingly", "nally", "rally"]
        where w.hasSuffix(s) { return true }
        return false
    }

    /// A contraction ("doesn’t", "we’ll") is never a name word.
    static func isContraction(_ w: String) -> Bool {
        guard let last = w.utf8.last, last == 0x74 || last == 0x6C || last == 0x65,  // t, l, e
              w.utf8.contains(where: { $0 == 0x27 || $0 == 0x99 }) else { return false }
        for s in ["n't", "n’t", "'ll", "’ll", "'re", "’re", "'ve", "’ve"] where w.hasSuffix(s) { return true }
        return false
    }

    /// The first token of the name in `start...b`: past the last word inside it that cannot be
    /// part of a name (a function word, contraction or adverb), and past leading words of a long
    /// run that the release also writes in lower case ("Community Project Funding Kelly").
    func nameStart(_ p: Int, _ start: Int, _ b: Int) -> Int {
        let toks = text.paras[p].tokens, lower = text.paras[p].lower
        var s = start
        var k = start
        while k < b {
            let w = lower[k]
            let initial = w.utf8.count == 1 && k + 1 <= b && toks[k + 1].kind == .punct  // "Gale A. Brewer"
            if toks[k].kind == .word, !initial, !TitleLexicon.particles.contains(w), !isGivenNameTitle(p, k, a: start),
               EntityLexicon.notName.contains(w) && !EntityLexicon.orgWords.contains(w) && !EntityLexicon.places.contains(w)
                || Self.isContraction(w) || Self.isSentenceAdverb(w) || k == start && Self.isOpeningGerund(p, k, text) { s = k + 1 }
            k += 1
        }
        // Heading words run into a name: drop leading words the release writes in lower case
        // while three or more words remain, and one more of a remaining pair once a word went.
        var words = (s...b).filter { toks[$0].kind == .word }
        var dropped = 0
        // (An organisation word stays: it makes the phrase an organisation, "Community Project …".)
        while words.count >= 3 || (words.count == 2 && dropped > 0), text.lowerWords.contains(lower[words[0]]),
              !EntityLexicon.orgWords.contains(lower[words[0]]) {
            words.removeFirst()
            dropped += 1
        }
        if dropped > 0, let f = words.first { s = f }
        return s
    }
}
