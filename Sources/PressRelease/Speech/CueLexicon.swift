/// The speech-cue lexicon: verbs and phrases that introduce quoted or reported speech.
///
/// A value type so each run can carry its own copy: Lua scripts extend or restrict it before
/// the corpus runs (`CueLexicon.default.adding("quip").removing("write")`). The built-in list is
/// data (`CueLexicon.builtIn`), not code.
public struct CueLexicon: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        /// Dictionary form: `say`, `point out`, `according to`.
        public var lemma: String
        /// Every written form, lower-case, words separated by one space.
        public var forms: [String]
    }

    public private(set) var entries: [String: Entry] = [:]
    /// First word of a form → (all words of the form, lemma); longest forms first.
    private var index: [String: [(words: [String], lemma: String)]] = [:]

    public init(entries: [Entry] = []) {
        for e in entries { insert(e) }
    }

    public static func == (a: CueLexicon, b: CueLexicon) -> Bool { a.entries == b.entries }

    /// The built-in lexicon.
    public static let `default` = CueLexicon(entries: builtIn.map { lemma, irregular in
        Entry(lemma: lemma, forms: CueLexicon.inflect(lemma, irregular: irregular))
    })

    /// Lemmas in the lexicon, sorted.
    public var lemmas: [String] { entries.keys.sorted() }

    public func contains(lemma: String) -> Bool { entries[lemma.lowercased()] != nil }

    /// A copy with `lemma` added; regular English inflections are generated unless `forms` is given.
    public func adding(_ lemma: String, forms: [String] = []) -> CueLexicon {
        var copy = self
        let key = Self.normalize(lemma)
        guard !key.isEmpty else { return copy }
        let all = forms.isEmpty ? Self.inflect(key, irregular: []) : [key] + forms.map(Self.normalize)
        copy.insert(Entry(lemma: key, forms: all))
        return copy
    }

    /// A copy without `lemma` and its forms.
    public func removing(_ lemma: String) -> CueLexicon {
        var kept = entries
        kept[Self.normalize(lemma)] = nil
        return CueLexicon(entries: kept.values.sorted { $0.lemma < $1.lemma })
    }

    /// The cue starting at `words[i]` (lower-case words), as (lemma, number of words).
    func match(_ words: [String], at i: Int) -> (lemma: String, count: Int)? {
        guard i < words.count, let candidates = index[words[i]] else { return nil }
        for c in candidates where i + c.words.count <= words.count {
            var ok = true
            for k in 1..<c.words.count where words[i + k] != c.words[k] { ok = false; break }
            if ok { return (c.lemma, c.words.count) }
        }
        return nil
    }

    private mutating func insert(_ e: Entry) {
        if let old = entries[e.lemma] { remove(old) }
        entries[e.lemma] = e
        for form in Set(e.forms) {
            let words = form.split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            index[first, default: []].append((words, e.lemma))
            index[first]!.sort { $0.words.count > $1.words.count }
        }
    }

    private mutating func remove(_ e: Entry) {
        for form in e.forms {
            guard let first = form.split(separator: " ").first.map(String.init) else { continue }
            index[first]?.removeAll { $0.lemma == e.lemma }
        }
    }

    static func normalize(_ s: String) -> String {
        s.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// Regular inflections of a verb lemma (first word inflected, particles kept): `point out` →
    /// `points out`, `pointed out`, `pointing out`.
    static func inflect(_ lemma: String, irregular: [String]) -> [String] {
        let parts = lemma.split(separator: " ").map(String.init)
        guard let verb = parts.first else { return [] }
        let tail = parts.count > 1 ? " " + parts.dropFirst().joined(separator: " ") : ""
        var forms: Set<String> = [lemma]
        for form in irregular { forms.insert(form.contains(" ") ? form : form + tail) }
        guard lemma != "according to" else { return forms.sorted() }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        var third = verb + "s", past = verb + "ed", ing = verb + "ing"
        if verb.hasSuffix("e") {
            past = verb + "d"; ing = String(verb.dropLast()) + "ing"
        } else if verb.hasSuffix("y"), let p = verb.dropLast().last, !vowels.contains(p) {
            third = verb.dropLast() + "ies"; past = verb.dropLast() + "ied"
        } else if verb.hasSuffix("s") || verb.hasSuffix("sh") || verb.hasSuffix("ch") || verb.hasSuffix("x") {
            third = verb + "es"
        }
        for f in [third, past, ing] { forms.insert(f + tail) }
        return forms.sorted()
    }
}
