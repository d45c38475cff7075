/// Finds a release's quotes, their speakers, and the people, organisations and places it names.
public struct SpeechAnalyzer: Sendable {
    public var lexicon: CueLexicon
    /// The words the rules read (titles, entity words, headings, morphology).
    public var language: Language

    public init(lexicon: CueLexicon = .default, language: Language = .english) {
        self.lexicon = lexicon
        self.language = language
    }

    public func analyze(_ release: Release) -> SpeechAnalysis { run(release, reported: false).speech }

    /// The speech analysis and, from the same speaker resolution, every attributed statement.
    public func analyzeWithAttributions(_ release: Release) -> (speech: SpeechAnalysis, attributions: AttributionAnalysis) {
        let r = run(release, reported: true)
        return (r.speech, r.attributions ?? .empty)
    }

    private func run(_ release: Release, reported: Bool) -> (speech: SpeechAnalysis, attributions: AttributionAnalysis?) {
        let text = SpeechText(release.paragraphs)
        let ctx = SpeechContext(text: text, cues: lexicon, language: language)
        var warnings: [ParseWarning] = []
        let scanned = scanQuotes(ctx, &warnings)
        var byPara = Array(repeating: [Int](), count: text.paras.count)
        for (i, q) in scanned.enumerated() {
            byPara[q.paragraph].append(i)
            let a = text.tokenIndex(q.paragraph, atOrAfter: q.openStart)
            let z = max(a, text.tokenIndex(q.paragraph, atOrAfter: q.closeStop) - 1)
            ctx.quotedRanges[q.paragraph].append((a, z))
        }
        var tally = EntityTally()
        let author = readHeadline(release, ctx, &tally)
        var kinds = Array(repeating: Quote.Kind.direct, count: scanned.count)
        var found = [Attribution?](repeating: nil, count: scanned.count)
        var turns: [ScannedTurn] = []
        for p in text.paras.indices {
            ctx.collectEntities(p, into: &tally)
            turns += ctx.turns(in: p)
            let qs = byPara[p]
            for (n, i) in qs.enumerated() {
                let q = scanned[i]
                let prev = n > 0 ? scanned[qs[n - 1]] : nil
                kinds[i] = ctx.classify(q, previousWasTerm: n > 0 && kinds[qs[n - 1]] == .term, previousStop: prev?.closeStop)
                // A quoted term broken across lines ("ALL THE" ⏎ "WAY") stays a term.
                if q.unopened, q.continued, i > 0, kinds[i - 1] == .term { kinds[i] = .term }
                let next = n + 1 < qs.count ? scanned[qs[n + 1]].openStart : nil
                if kinds[i] == .term {
                    // A phrase the sentence attributes is its speaker's words (`said it was "a mistake"`).
                    guard ctx.isAttributablePhrase(q),
                          let a = ctx.attribute(q, nextQuoteStart: next, previousQuoteStop: prev?.closeStop),
                          a.speaker.person != nil || a.speaker.named else { continue }
                    kinds[i] = .partial
                    found[i] = a
                } else {
                    found[i] = ctx.attribute(q, nextQuoteStart: next, previousQuoteStop: prev?.closeStop)
                }
                if let who = found[i]?.speaker.person {
                    ctx.people.addMention(who, found[i]!.speaker.mention)
                    ctx.people.noteSpeaker(MentionEvent(person: who, para: p, offset: q.openStart, subject: true, speaking: true))
                }
            }
        }
        let speakers = SpeakerFill.fill(scanned, kinds: kinds, found: found, ctx: ctx,
                                        author: author ?? SpeakerFill.author(ctx))
        let speech = assemble(release, ctx, scanned, kinds, found, speakers, turns, tally, warnings)
        guard reported else { return (speech, nil) }
        return (speech, StatementAssembly.build(release, ctx, speech, cues: lexicon))
    }

    /// People, organisations and places of the letterhead and headline, which often name the
    /// issuer ("Nicola Roxon MP Shadow Minister for …"). Title Case makes every phrase look like a
    /// name there, so only titled people count. Returns the first of them.
    private func readHeadline(_ release: Release, _ ctx: SpeechContext, _ tally: inout EntityTally) -> Int? {
        var texts = release.boilerplate.filter { $0.kind == .letterhead }.map { ($0.text, $0.start) }
        if let h = release.headline, !h.isEmpty { texts.append((h, release.headlineStart ?? 0)) }
        if let s = release.subheadline, !s.isEmpty { texts.append((s, release.headlineStart ?? 0)) }
        guard !texts.isEmpty else { return nil }
        let paras = texts.enumerated().map { k, x in
            Paragraph(index: k + 1, text: x.0, start: x.1, stop: x.1 + x.0.utf8.count)
        }
        let head = SpeechContext(text: SpeechText(paras), cues: lexicon, language: language)
        head.titledOnly = true
        head.bodyLowerWords = ctx.text.lowerWords
        for p in paras.indices { head.collectEntities(p, into: &tally) }
        var registry = head.people
        registry.events = registry.events.map { var e = $0; e.para = -1; e.speaking = false; return e }
        ctx.people = registry
        return registry.people.indices.first { !registry.people[$0].titles.isEmpty }
    }

    private func scanQuotes(_ ctx: SpeechContext, _ warnings: inout [ParseWarning]) -> [ScannedQuote] {
        var out: [ScannedQuote] = []
        var previousOpen = false
        let paras = ctx.text.paras
        var marks: [[QuoteMark]] = paras.map { p in p.bytes.withUnsafeBufferPointer { QuoteMark.scan($0) } }
        for p in paras.indices {
            let r = paras[p].bytes.withUnsafeBufferPointer { b in
                QuoteScanner.scan(paragraph: p, bytes: b, marks: marks[p], previousOpen: previousOpen,
                                  warnings: &warnings, sourceOffset: { ctx.sourceOffset(p, $0) })
            }
            for q in r.quotes {
                if q.unopened {
                    // Trust a lost opening mark only where the quote goes on or is handed to a cue.
                    let kept = q.continued || ctx.cueAfter(p, q.closeStop)
                    warnings.append(kept
                        ? ParseWarning(code: "unopened-quote", message: "quotation closed without an opening mark; taken from the paragraph start",
                                       offset: ctx.sourceOffset(p, q.closeStop - 1))
                        : ParseWarning(code: "stray-quote-mark", message: "closing quotation mark without an opening one",
                                       offset: ctx.sourceOffset(p, q.closeStop - 1)))
                    if !kept { continue }
                }
                out.append(q)
            }
            previousOpen = r.endsOpen
            if r.endsOpen {
                // The next paragraph must reopen the quote; otherwise the mark was never closed.
                // (Or closes it: a paragraph broken inside the quote, see `QuoteScanner.lostOpening`.)
                let reopens = p + 1 < paras.count && marks[p + 1].first.map { m in
                    m.role == .close || paras[p + 1].bytes.prefix(m.start).allSatisfy { $0 == 0x20 || $0 == 0x09 }
                } == true
                if !reopens, let q = r.quotes.last {
                    warnings.append(ParseWarning(code: "unclosed-quote",
                        message: "quotation mark not closed before the paragraph ends",
                        offset: ctx.sourceOffset(p, q.openStart)))
                }
            }
            marks[p] = []
        }
        return out
    }
}
