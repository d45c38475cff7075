/// OCR of scanned releases splits the last letter off a word ("Con Sciacc a" ⏎): a lone
/// lower-case letter right after a name, ending the sentence or paragraph, is the name's last
/// letter. (The article "a" never ends a sentence.)
extension SpeechContext {
    /// The letter to append to the name ending at token `e`, if one was split off.
    func splitTail(_ p: Int, after e: Int) -> String? {
        let t = tokens(p)
        let k = e + 1
        guard k < t.count, t[k].kind == .word, !t[k].capitalized, t[k].stop - t[k].start == 1,
              t[e].kind == .word, t[k].spaceBefore else { return nil }
        guard k + 1 >= t.count || isSentenceEnd(p, k + 1) else { return nil }
        return lower(p)[k]
    }
}
