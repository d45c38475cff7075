/// `Congressman Jo Bloggs – who introduced the bill last year – said`: an aside between dashes
/// separates a speaker from the cue. The words inside describe the speaker and never are it.
extension SpeechContext {
    /// Longest aside (tokens) skipped between a speaker and a cue.
    static let asideSpan = 30

    /// The dash that closes an aside opened by the dash at token `k`, within the sentence.
    func asideClose(_ p: Int, openingAt k: Int, limit: Int) -> Int? {
        let t = tokens(p)
        guard k < t.count, t[k].kind == .dash else { return nil }
        var j = k + 1
        while j < limit, j - k <= Self.asideSpan, !isSentenceEnd(p, j), t[j].kind != .quote {
            if t[j].kind == .dash { return j > k + 1 ? j : nil }
            j += 1
        }
        return nil
    }

    /// The dash that opens an aside closed by the dash at token `j`, when a name ends right before it.
    func asideOpen(_ p: Int, closingAt j: Int) -> Int? {
        let t = tokens(p)
        guard j > 0, j < t.count, t[j].kind == .dash else { return nil }
        var k = j - 1
        while k > 0, j - k <= Self.asideSpan, !isSentenceEnd(p, k), t[k].kind != .quote {
            if t[k].kind == .dash {
                guard k < j - 1, t[k - 1].kind == .word && t[k - 1].capitalized || names.isAbbrevDot(p, k - 1) else { return nil }
                return k
            }
            k -= 1
        }
        return nil
    }
}
