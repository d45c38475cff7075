/// Builds `Release.attributions`: the quotes of the speech analysis as direct (or partial)
/// statements, and the reported statements of every paragraph, in text order. Reported content
/// that a quote in marks mostly covers is that quote; content holding a partial quote is mixed.
enum StatementAssembly {
    static func build(_ release: Release, _ ctx: SpeechContext, _ speech: SpeechAnalysis, cues: CueLexicon) -> AttributionAnalysis {
        let lex = ReportingLexicon.lexicon(for: cues)
        var people = speech.people
        var extra: [Int: Int] = [:]
        // Registry person → index in `people`; people only reported speech names are appended.
        func personIndex(_ reg: Int) -> Int? {
            if reg < speech.keptIndex.count, let k = speech.keptIndex[reg] { return k }
            if let e = extra[reg] { return e }
            guard ctx.people.people.indices.contains(reg) else { return nil }
            extra[reg] = people.count
            var person = ctx.people.people[reg]
            person.quotes = []
            people.append(person)
            return people.count - 1
        }
        var quotesOf = Array(repeating: [Int](), count: ctx.text.paras.count)
        for (i, q) in speech.quotes.enumerated() where quotesOf.indices.contains(q.paragraph - 1) { quotesOf[q.paragraph - 1].append(i) }
        let size = release.source.bytes.count
        let locator = SentenceLocator(release)
        var out: [Statement] = []
        var absorbed = Set<Int>()
        var seen = Set<[Int]>()
        var pronouns = PronounSources()
        for p in ctx.text.paras.indices {
            let t = ctx.tokens(p)
            for st in ctx.reportedStatements(p, lexicon: lex) where seen.insert([p, st.first, st.last]).inserted {
                let start = min(max(0, ctx.sourceOffset(p, t[st.first].start)), size)
                let stop = min(max(start, ctx.sourceOffset(p, t[st.last].stop - 1) + 1), size)
                var kind = Statement.Kind.indirect
                var holds: Int? = nil
                var isQuote = false
                for qi in quotesOf[p] {
                    let q = speech.quotes[qi]
                    let overlap = min(stop, q.stop) - max(start, q.start)
                    guard overlap > 0 else { continue }
                    if q.kind != .partial, overlap * 2 >= stop - start { isQuote = true; break }
                    kind = .mixed
                    if holds == nil { holds = qi }
                    if q.kind == .partial { absorbed.insert(qi) }
                }
                if isQuote { continue }
                var statement = Statement(kind: kind, text: ctx.text.text(p, t[st.first].start, t[st.last].stop),
                                          cue: st.cue, addressee: st.addressee, rule: st.rule, confidence: st.confidence,
                                          paragraph: release.paragraphs[p].index,
                                          sentence: locator.sentence(release.paragraphs[p].index, t[st.first].start),
                                          start: start, stop: stop, quote: holds)
                let pos = release.position(of: start)
                statement.line = pos.line
                statement.column = pos.column
                if let ref = st.ref {
                    let (speakerKind, name) = ctx.classify(ref, p, st.source)
                    statement.source = ref.mention
                    statement.speakerKind = speakerKind
                    statement.speakerName = name
                    // `National Cabinet said`: a body the people registry took for a person named "Cabinet".
                    if let reg = ref.person, ctx.people.people.indices.contains(reg),
                       ReportedWords.organizationHeads.contains(ctx.people.people[reg].name.lowercased()) {
                        statement.speakerKind = .organization
                        statement.speakerName = ref.mention
                    } else if let reg = ref.person, let i = personIndex(reg) {
                        statement.speakerIndex = i
                        statement.speakerName = people[i].name
                        statement.speakerKind = .person
                    }
                    if ref.person == nil, PronounSources.isPronoun(ref.mention) {
                        pronouns.resolve(ref.mention, &statement, quotes: quotesOf[p].map { speech.quotes[$0] })
                        if let i = statement.speakerIndex, people.indices.contains(i) { statement.speakerName = people[i].name }
                    }
                    if let span = st.source {
                        statement.source = ctx.text.text(p, tokens: span.0, span.1)
                        statement.sourceStart = min(max(0, ctx.sourceOffset(p, t[span.0].start)), size)
                        statement.sourceStop = min(max(0, ctx.sourceOffset(p, t[span.1].stop - 1) + 1), size)
                    }
                }
                pronouns.note(statement)
                out.append(statement)
            }
        }
        for (qi, q) in speech.quotes.enumerated() where !absorbed.contains(qi) {
            var s = Statement(kind: q.kind == .partial ? .partial : .direct, text: q.text, speakerIndex: q.speakerIndex,
                              source: q.mention, cue: q.cue, addressee: q.addressee, rule: "quote",
                              confidence: q.confidence, paragraph: q.paragraph, sentence: q.sentence,
                              start: q.start, stop: q.stop, line: q.line, column: q.column, quote: qi)
            if let i = q.speakerIndex, people.indices.contains(i) {
                s.speakerName = people[i].name
                s.speakerKind = .person
            }
            out.append(s)
        }
        out.sort { ($0.start, $0.stop) < ($1.start, $1.stop) }
        return AttributionAnalysis(statements: out, people: people)
    }
}

/// The release sentence holding a paragraph text offset (binary search per paragraph).
struct SentenceLocator {
    private let sentences: [Sentence]
    private var firstOf: [Int: Int] = [:]

    init(_ release: Release) {
        sentences = release.sentences
        for (i, s) in sentences.enumerated() where firstOf[s.paragraph] == nil { firstOf[s.paragraph] = i }
    }

    func sentence(_ paragraph: Int, _ offset: Int) -> Int? {
        guard let first = firstOf[paragraph] else { return nil }
        var lo = first, hi = sentences.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if sentences[mid].paragraph == paragraph && sentences[mid].textStart <= offset { lo = mid } else { hi = mid - 1 }
        }
        return sentences[lo].index
    }
}
