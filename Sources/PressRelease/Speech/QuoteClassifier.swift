/// Tells speech from quoted terms: scare quotes and names of acts, programmes, products and works
/// (`the "Build Back Better" Act`) are terms; a fragment inside reported speech (`called it "a hue
/// and cry"`) is a partial quote; a quoted sentence is direct speech.
extension SpeechContext {
    /// Shortest fragment taken as a partial quote rather than a term when a cue earlier in the
    /// sentence attributes it.
    static let partialMinWords = 6
    /// Shortest fragment taken as a partial quote when it is the complement of an attributing
    /// clause (`called the plan "a disaster for families"`, `said the bill was "dead on arrival"`).
    static let shortPartialMinWords = 3

    func classify(_ q: ScannedQuote, previousWasTerm: Bool, previousStop: Int?) -> Quote.Kind {
        let p = q.paragraph
        let t = tokens(p), lw = lower(p)
        let b = text.paras[p].bytes
        let first = text.tokenIndex(p, atOrAfter: q.textStart)
        let open = text.tokenIndex(p, atOrAfter: q.openStart)
        var words = 0, capitals = 0, k = first
        while k < t.count, t[k].start < q.textStop {
            if t[k].kind == .word {
                words += 1
                // Title Case counts capitals and the small words titles keep in lower case.
                if t[k].capitalized || language.connectors.contains(lw[k]) || lw[k] == "a" || lw[k] == "in" { capitals += 1 }
            }
            k += 1
            if words > 12 { break }
        }
        guard words > 0 else { return .term }
        let lastByte = b[q.textStop - 1]
        let endsSentence = lastByte == 0x2E || lastByte == 0x21 || lastByte == 0x3F || lastByte == 0xA6
        let startsCapital = first < t.count && (t[first].capitalized || t[first].kind != .word
            || ByteClass.isDigit(b[t[first].start]))
        // A run of titles: "MS Found in a Bottle," "Berenice" and "Shadow – A Parable."
        if previousWasTerm, let ps = previousStop, words <= 6 {
            let between = text.tokenIndex(p, atOrAfter: ps)
            if open - between <= 2, (between..<open).allSatisfy({ t[$0].kind == .punct || lw[$0] == "and" || lw[$0] == "or" }) {
                return .term
            }
        }
        if q.continued { return .continued }
        let before = open - 1
        let embedded = before >= 0 && !isSentenceEnd(p, before) && t[before].kind != .quote
            && !(t[before].kind == .punct && (t[before].byte == 0x2C || t[before].byte == 0x3A))
            && cue(p, before) == nil
        // `"Yes," he said.`: a hand-over to a cue is speech however short.
        if q.handsOver, startsCapital, cueAfter(p, q.closeStop) { return .direct }
        if startsCapital && !embedded {
            if words <= 8, !endsSentence, capitals * 10 >= words * 8 { return .term }  // Title Case name
            if words <= 2, !endsSentence, !q.handsOver { return .term }
            return .direct
        }
        if startsCapital && words <= 8 && !endsSentence && capitals * 10 >= words * 8 { return .term }
        if words >= Self.partialMinWords && cueBefore(p, open) { return .partial }
        if words >= Self.shortPartialMinWords, isComplementOfCue(p, open) { return .partial }
        if !embedded && startsCapital { return .direct }
        return .term
    }

    /// A lower-case phrase inside a sentence that a reporting cue of the same sentence may
    /// attribute (`said Japan was a "samurai" nation`, `"all options" are on the table, saying`):
    /// taken as a partial quote when the attribution then finds a speaker, a term otherwise.
    func isAttributablePhrase(_ q: ScannedQuote) -> Bool {
        // Only a phrase between two real marks: a reopened mark proves nothing about speech.
        guard q.closed, !q.continued, !q.unopened else { return false }
        let p = q.paragraph
        let t = tokens(p)
        let first = text.tokenIndex(p, atOrAfter: q.textStart)
        let open = text.tokenIndex(p, atOrAfter: q.openStart)
        guard first < t.count, t[first].kind == .word, !t[first].capitalized || ByteClass.isDigit(text.paras[p].bytes[t[first].start]),
              open > 0, !isSentenceEnd(p, open - 1), t[open - 1].kind != .quote else { return false }
        return cueBefore(p, open) || cueLaterInSentence(p, text.tokenIndex(p, atOrAfter: q.closeStop))
    }

    /// A cue outside quotes between token `k` and the end of its sentence.
    private func cueLaterInSentence(_ p: Int, _ k0: Int) -> Bool {
        var k = k0
        let end = min(tokens(p).count, k0 + Self.window)
        while k < end, !isSentenceEnd(p, k) {
            if !isQuoted(p, k), cue(p, k) != nil { return true }
            k += 1
        }
        return false
    }

    /// A cue within the few words after a quote (`," said X` / `," X said`).
    func cueAfter(_ p: Int, _ closeStop: Int) -> Bool {
        var k = text.tokenIndex(p, atOrAfter: closeStop)
        let end = min(tokens(p).count, k + 6)
        while k < end, !isSentenceEnd(p, k), tokens(p)[k].kind != .quote {
            if cue(p, k) != nil { return true }
            k += 1
        }
        return false
    }

    /// The quote completes an attributing clause: a cue within three words before it, or a
    /// copula or complement word right before it with a cue earlier in the sentence.
    private func isComplementOfCue(_ p: Int, _ open: Int) -> Bool {
        var k = open - 1
        while k >= 0, open - k <= 3, !isSentenceEnd(p, k), tokens(p)[k].kind == .word {
            if cue(p, k) != nil { return true }
            k -= 1
        }
        guard open > 0, tokens(p)[open - 1].kind == .word, language.partialIntroducers.contains(lower(p)[open - 1]) else { return false }
        return cueBefore(p, open)
    }

    /// A cue earlier in the same sentence ("Lavrov called it …").
    private func cueBefore(_ p: Int, _ open: Int) -> Bool {
        var k = open - 1
        while k >= 0, open - k <= Self.window, !isSentenceEnd(p, k) {
            if cue(p, k) != nil { return true }
            k -= 1
        }
        return false
    }
}
