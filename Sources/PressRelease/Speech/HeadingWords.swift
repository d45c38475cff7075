/// Words that sit next to a name in a capitalised run without being part of it: a subheading
/// run into the first sentence ("Comes From Keighery", "Who Doesn’t Miller"), sentence adverbs
/// ("Usually"), and dates or document words after a name in a headline ("… Statement June").
extension NameParser {
    /// "Ensuring Americans have …": a sentence-opening -ing word before a capitalised word is a
    /// verb, not a given name.
    func isOpeningGerund(_ p: Int, _ k: Int) -> Bool {
        let w = text.paras[p].lower[k]
        guard w.utf8.count >= 6, w.hasSuffix(language.gerundSuffix) else { return false }
        let toks = text.paras[p].tokens
        if k == 0 { return true }
        let prev = toks[k - 1]
        return prev.kind == .quote || prev.kind == .punct && (prev.byte == 0x2E || prev.byte == 0x21 || prev.byte == 0x3F || prev.byte == 0x3A)
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
            if toks[k].kind == .word, !initial, !language.particles.contains(w),
               language.notName.contains(w) && !language.orgWords.contains(w) && !language.places.contains(w) && !isGivenNameTitle(p, k, a: start)
                || isContraction(w) || isSentenceAdverb(w) || k == start && isOpeningGerund(p, k) { s = k + 1 }
            k += 1
        }
        // Heading words run into a name: drop leading words the release writes in lower case
        // while three or more words remain, and one more of a remaining pair once a word went.
        var words = (s...b).filter { toks[$0].kind == .word }
        var dropped = 0
        // (An organisation word stays: it makes the phrase an organisation, "Community Project …".)
        while words.count >= 3 || (words.count == 2 && dropped > 0), text.lowerWords.contains(lower[words[0]]),
              !language.orgWords.contains(lower[words[0]]) {
            words.removeFirst()
            dropped += 1
        }
        if dropped > 0, let f = words.first { s = f }
        return s
    }
}
