/// `"… were lodged." Mr Ruddock said.`: a quote that ends its own sentence can still be handed
/// to the next sentence when that sentence is nothing but a speaker and a cue. A longer sentence
/// ("Mr Ruddock said the funding …") reports new speech and is left alone.
extension SpeechContext {
    /// Words allowed between the cue and the sentence end ("said today", "said yesterday").
    static let trailingSlack = 2

    /// Tokens `from..<limit` of paragraph `p` open with a bare attribution sentence.
    func isBareAttribution(_ p: Int, from: Int, limit: Int) -> Bool {
        let t = tokens(p), lw = lower(p)
        guard from < limit, t[from].kind == .word, t[from].capitalized else { return false }
        var k: Int
        if lw[from] == "he" || lw[from] == "she" {
            k = from + 1
        } else {
            k = names.runEnd(p, from: from) + 1
        }
        while k < limit, t[k].kind == .word, !t[k].capitalized, language.adverbs.contains(lw[k]) { k += 1 }
        guard k < limit, let c = cue(p, k) else { return false }
        var e = k + c.count
        while e < limit, e - (k + c.count) < Self.trailingSlack, t[e].kind == .word, !t[e].capitalized,
              language.adverbs.contains(lw[e]) { e += 1 }
        return e >= t.count || (e < limit && isSentenceEnd(p, e))
    }
}
