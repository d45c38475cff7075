/// Working state of one speech analysis: the prepared text, the people found so far and the
/// cue lexicon. Lives only for the duration of `SpeechAnalyzer.analyze`.
final class SpeechContext {
    let text: SpeechText
    let names: NameParser
    let cues: CueLexicon
    let language: Language
    var people: PeopleRegistry
    /// Per paragraph: sorted, non-overlapping quoted token ranges (open mark … close mark).
    var quotedRanges: [[(Int, Int)]]
    /// Register only people with a title or honorific (headlines and letterheads).
    var titledOnly = false
    /// Lower-case words of the body, for telling names from headings (see `SpeechText.lowerWords`).
    var bodyLowerWords: Set<String> = []

    init(text: SpeechText, cues: CueLexicon, language: Language) {
        self.text = text
        self.language = language
        self.names = NameParser(text: text, language: language)
        self.people = PeopleRegistry(language: language)
        self.cues = cues
        self.quotedRanges = Array(repeating: [], count: text.paras.count)
    }

    func tokens(_ p: Int) -> [Token] { text.paras[p].tokens }
    func lower(_ p: Int) -> [String] { text.paras[p].lower }

    /// The cue starting at token `i`: written in lower case (a capitalised "Said" is rare and a
    /// capitalised "States" is a name).
    func cue(_ p: Int, _ i: Int) -> (lemma: String, count: Int)? {
        let t = text.paras[p].tokens
        guard i >= 0, i < t.count, t[i].kind == .word else { return nil }
        guard let c = cues.match(text.paras[p].lower, at: i) else { return nil }
        // "According to X, …" opens sentences; other capitalised cue words are names ("States"),
        // except a line-initial "Said" of typed and OCR'd releases (see `NameParser.isCapitalSaid`).
        return !t[i].capitalized || c.lemma == "according to" || names.isCapitalSaid(p, i) ? c : nil
    }

    func isPunct(_ p: Int, _ i: Int, _ byte: UInt8) -> Bool {
        let t = text.paras[p].tokens
        return i >= 0 && i < t.count && t[i].kind == .punct && t[i].byte == byte
    }

    /// A sentence ends at token `i` (`.`, `!`, `?` that is not part of an abbreviation or initial).
    func isSentenceEnd(_ p: Int, _ i: Int) -> Bool {
        let t = text.paras[p].tokens
        guard i >= 0, i < t.count, t[i].kind == .punct else { return false }
        let b = t[i].byte
        if b == 0x21 || b == 0x3F { return true }
        if b == 0x2E {
            // "(R-Wyo.)": a party tag's full stop closes an abbreviation, not the sentence.
            if i + 1 < t.count, t[i + 1].kind == .punct, t[i + 1].byte == 0x29, !t[i + 1].spaceBefore { return false }
            return !names.isAbbrevDot(p, i) || (i + 1 < t.count && t[i + 1].kind == .quote)
        }
        if b == 0xE2 { return text.paras[p].lower[i] == "\u{2026}" }
        return false
    }

    /// Token `i` of paragraph `p` lies inside a quote.
    func isQuoted(_ p: Int, _ i: Int) -> Bool {
        let r = quotedRanges[p]
        var lo = 0, hi = r.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if r[mid].1 < i { lo = mid + 1 } else { hi = mid }
        }
        return lo < r.count && r[lo].0 <= i && i <= r[lo].1
    }

    func sourceOffset(_ p: Int, _ offset: Int) -> Int { text.paras[p].map.sourceOffset(forTextOffset: offset) }
}
