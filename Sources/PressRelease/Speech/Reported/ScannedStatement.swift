/// A reported statement found in a paragraph, before assembly: token positions in
/// `SpeechText.paras[para]`.
struct ScannedStatement {
    var para: Int
    /// Content tokens, inclusive.
    var first: Int
    var last: Int
    /// Source tokens, inclusive, when the source is written in the paragraph.
    var source: (Int, Int)?
    var ref: SpeakerRef?
    var cue: Cue?
    var addressee: String?
    var rule: String
    var confidence: Double
}

/// The reporting lexicon: the cue lexicon in use plus `ReportedWords.beliefVerbs`. Built once for
/// the default lexicon; a lexicon changed from Lua gets its own.
enum ReportingLexicon {
    static let `default` = make(.default)

    static func make(_ cues: CueLexicon) -> CueLexicon {
        var entries = Array(cues.entries.values)
        for (lemma, irregular) in ReportedWords.beliefVerbs where cues.entries[lemma] == nil {
            entries.append(CueLexicon.Entry(lemma: lemma, forms: CueLexicon.inflect(lemma, irregular: irregular)))
        }
        return CueLexicon(entries: entries.sorted { $0.lemma < $1.lemma })
    }

    static func lexicon(for cues: CueLexicon) -> CueLexicon {
        cues == .default ? Self.default : make(cues)
    }
}
