extension SpeechAnalyzer {
    /// Turns scanned quotes and their speakers into the public model, with source positions.
    func assemble(_ release: Release, _ ctx: SpeechContext, _ scanned: [ScannedQuote], _ kinds: [Quote.Kind],
                  _ found: [Attribution?], _ speakers: [SpeakerFill.Filled], _ turns: [ScannedTurn], _ tally: EntityTally,
                  _ warnings: [ParseWarning]) -> SpeechAnalysis {
        var out = SpeechAnalysis(organizations: tally.orgs, places: tally.places, warnings: warnings)
        var people = ctx.people.people
        let sentences = release.paragraphs.isEmpty || scanned.isEmpty ? [] : release.sentences
        var sentenceStart: [Int: Int] = [:]  // paragraph → index of its first sentence in `sentences`
        for (i, s) in sentences.enumerated() where sentenceStart[s.paragraph] == nil { sentenceStart[s.paragraph] = i }
        for (i, q) in scanned.enumerated() {
            let para = release.paragraphs[q.paragraph]
            // Normalisation can map text bytes past the source (replacement characters): clamp.
            let size = release.source.bytes.count
            let start = min(max(0, ctx.sourceOffset(q.paragraph, q.textStart)), size)
            let stop = min(max(start, ctx.sourceOffset(q.paragraph, q.textStop - 1) + 1), size)
            let pos = release.position(of: start)
            var sentence: Int? = nil
            if let first = sentenceStart[para.index] {
                // Binary search among the paragraph's sentences (paragraphs can be huge).
                var lo = first, hi = sentences.count - 1
                while lo < hi {
                    let mid = (lo + hi + 1) / 2
                    if sentences[mid].paragraph == para.index && sentences[mid].textStart <= q.textStart { lo = mid } else { hi = mid - 1 }
                }
                sentence = sentences[lo].index
            }
            var quote = Quote(text: ctx.text.text(q.paragraph, q.textStart, q.textStop), kind: kinds[i],
                              paragraph: para.index, sentence: sentence, start: start, stop: stop,
                              line: pos.line, column: pos.column)
            if kinds[i] == .term {
                out.terms.append(quote)
                continue
            }
            let filled = speakers[i]
            quote.speakerIndex = filled.ref?.person
            quote.mention = filled.ref?.mention
            quote.cue = found[i]?.cue
            quote.addressee = found[i]?.addressee
            quote.confidence = filled.confidence
            quote.rule = filled.ref == nil ? nil : filled.rule
            out.quotes.append(quote)
        }
        for turn in turns {
            let para = release.paragraphs[turn.paragraph]
            let size = release.source.bytes.count
            let start = min(max(0, ctx.sourceOffset(turn.paragraph, turn.textStart)), size)
            let stop = min(max(start, ctx.sourceOffset(turn.paragraph, turn.textStop - 1) + 1), size)
            let pos = release.position(of: start)
            out.turns.append(Quote(text: ctx.text.text(turn.paragraph, turn.textStart, turn.textStop),
                                   speakerIndex: turn.speaker.person, mention: turn.speaker.mention,
                                   cue: Cue(lemma: ":", words: ":"), kind: .turn, paragraph: para.index,
                                   start: start, stop: stop, line: pos.line, column: pos.column,
                                   confidence: turn.speaker.person == nil ? 0 : AttributionRule.turn.confidence(),
                                   rule: turn.speaker.person == nil ? nil : .turn))
        }
        // Turns are quotes of their speaker too (kind `turn`), in source order with the rest.
        // A turn that opens with a quotation in marks (`Crapo: "…"`) is that quotation already.
        let starts = Set(out.quotes.map(\.start))
        let ownTurns = out.turns.filter { t in !(t.start...(t.start + 4)).contains { starts.contains($0) } }
        if !ownTurns.isEmpty {
            out.quotes = (out.quotes + ownTurns).enumerated()
                .sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }.map(\.element)
        }
        for (k, q) in out.quotes.enumerated() { if let who = q.speakerIndex { people[who].quotes.append(k) } }
        // Keep the phrases the text treats as people: titled, quoted, placed in an organisation,
        // given a gender, or called by the surname alone. Title Case phrases of wire copy
        // ("Gala Night", "BNP Paribas") fail every test.
        var keep = [Int?](repeating: nil, count: people.count)
        var kept: [Person] = []
        let turnSpeakers = Set(out.turns.compactMap(\.speakerIndex))
        for (i, p) in people.enumerated() {
            let bySurname = p.mentions.contains(p.surname) && p.name != p.surname
                && !ctx.language.places.contains(p.surname.lowercased())
            let speaksInTurn = turnSpeakers.contains(i)
            if !p.titles.isEmpty || !p.quotes.isEmpty || p.affiliation != nil || p.gender != .unknown || bySurname || speaksInTurn {
                keep[i] = kept.count
                kept.append(p)
            }
        }
        for k in out.quotes.indices { out.quotes[k].speakerIndex = out.quotes[k].speakerIndex.flatMap { keep[$0] } }
        for k in out.turns.indices { out.turns[k].speakerIndex = out.turns[k].speakerIndex.flatMap { keep[$0] } }
        out.people = kept
        out.keptIndex = keep
        return out
    }
}
