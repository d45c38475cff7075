/// A transcript turn found in a paragraph (text offsets).
struct ScannedTurn {
    var paragraph: Int
    var textStart: Int
    var textStop: Int
    var speaker: SpeakerRef
}

/// Transcript speaker turns: `President of Russia Vladimir Putin: Colleagues, …` up to the next
/// turn or the end of the paragraph. A turn starts a sentence (or the paragraph), names a person
/// or a title, and hands over with a colon followed by a capital.
extension SpeechContext {
    func turns(in p: Int) -> [ScannedTurn] {
        let t = tokens(p)
        var starts: [(first: Int, colon: Int, ref: SpeakerRef)] = []
        let bytes = text.paras[p].bytes
        let hasColon = t.contains { $0.kind == .punct && $0.byte == 0x3A }
        guard hasColon || t.contains(where: { $0.kind == .word && $0.stop - $0.start == 1 && bytes[$0.start] == 0x51 })
        else { return [] }
        var i = 0
        var nextColon = 0  // index of the first colon at or after `i` (t.count when none)
        while i < t.count {
            while nextColon < t.count, nextColon < i || !(t[nextColon].kind == .punct && t[nextColon].byte == 0x3A) { nextColon += 1 }
            let opens = i == 0 || isSentenceEnd(p, i - 1) || t[i - 1].kind == .quote
                || (t[i - 1].kind == .punct && (t[i - 1].byte == 0x2A || t[i - 1].byte == 0x5D))
            // Flattened transcripts run a heading into the turn ("… of the G20 summit President of
            // Russia Vladimir Putin: Colleagues"): after a content word, a titled or full name may open one.
            guard t[i].kind == .word, t[i].capitalized else { i += 1; continue }
            if opens, isQuestionLabel(p, i) {
                starts.append((i, i, SpeakerRef(person: nil, mention: "Q", named: false)))
                i += 1
                continue
            }
            // A turn's colon ends its name run within a dozen tokens.
            guard nextColon - i <= 12 else { i += 1; continue }
            let inside = !opens && i > 0 && t[i - 1].kind == .word && !t[i - 1].capitalized && cue(p, i - 1) == nil
            guard opens || inside, !isQuoted(p, i) else { i += 1; continue }
            let e = names.runEnd(p, from: i)
            let c = e + 1
            guard e - i < 12, isPunct(p, c, 0x3A), c + 1 < t.count,
                  t[c + 1].capitalized || t[c + 1].kind == .quote || t[c + 1].kind == .punct && t[c + 1].byte == 0x3C else {
                i = e + 1
                continue
            }
            // `Topics:` opens a heading; `Q:`, `MODERATOR:` a turn of nobody named.
            let label = lower(p)[i]
            // …and so does a short label ending on a heading word (`**Key Takeaways:**`, `Quick Facts:`).
            if e - i < 2 && language.headingLabels.contains(label) || e - i < 4 && language.headingLabels.contains(lower(p)[e]) {
                i = c + 1
                continue
            }
            if e - i < 2, language.turnLabels.contains(label) {
                starts.append((i, c, SpeakerRef(person: nil, mention: text.text(p, tokens: i, e), named: false)))
                i = c + 1
                continue
            }
            // A heading word run into the turn ("… into the Navy President of Russia Vladimir
            // Putin:") is dropped: the turn may start a word or two into the run.
            var first = i
            var ref: SpeakerRef? = nil
            while first <= min(e, i + 2), ref == nil {
                let m = names.interpret(p, first, e)
                // "Velvet Dresses: Velvet dresses symbolize …": a heading of words the text writes in lower case.
                let common = m.kind == .person && m.titles.isEmpty && text.lowerWords.contains(lower(p)[m.nameLast])
                if common { break }
                let fullName = m.kind == .person && (!m.titles.isEmpty || (m.nameFirst...m.nameLast).filter { t[$0].kind == .word }.count >= 2)
                switch m.kind {
                case .person where opens && first == i || fullName: ref = resolve(m, p, t[first].start)
                case .title where opens && first == i: ref = describe(p, first, e, p, t[first].start)
                default: first += 1
                }
                if ref?.person == nil { ref = nil; if m.kind == .person || m.kind == .title { break } }
            }
            if let r = ref { starts.append((first, c, r)) }
            i = c + 1
        }
        var out: [ScannedTurn] = []
        for (k, s) in starts.enumerated() {
            let stop = k + 1 < starts.count ? t[starts[k + 1].first].start : text.paras[p].bytes.count
            var a = t[s.colon].stop, z = stop
            let b = text.paras[p].bytes
            // The emphasis closing a bold label (`**Name:** …`) is not the turn's text.
            while a < z, b[a] == 0x20 || b[a] == 0x2A { a += 1 }
            while z > a, b[z - 1] == 0x20 { z -= 1 }
            if z > a { out.append(ScannedTurn(paragraph: p, textStart: a, textStop: z, speaker: s.ref)) }
        }
        return out
    }

    /// "Q Yeah, …" / "Q Karine, …" (briefing transcripts): a question turn labelled without a colon.
    func isQuestionLabel(_ p: Int, _ i: Int) -> Bool {
        let t = tokens(p)
        return t[i].stop - t[i].start == 1 && lower(p)[i] == "q" && i + 1 < t.count && t[i + 1].kind == .word
            && t[i + 1].capitalized && t[i + 1].spaceBefore
    }
}
