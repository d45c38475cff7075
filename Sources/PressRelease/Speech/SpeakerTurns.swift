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
        var i = 0
        while i < t.count {
            let opens = i == 0 || isSentenceEnd(p, i - 1) || t[i - 1].kind == .quote
                || (t[i - 1].kind == .punct && (t[i - 1].byte == 0x2A || t[i - 1].byte == 0x5D))
            guard opens, t[i].kind == .word, t[i].capitalized, !isQuoted(p, i) else { i += 1; continue }
            let e = names.runEnd(p, from: i)
            let c = e + 1
            guard e - i < 12, isPunct(p, c, 0x3A), c + 1 < t.count,
                  t[c + 1].capitalized || t[c + 1].kind == .quote || t[c + 1].kind == .punct && t[c + 1].byte == 0x3C else {
                i = e + 1
                continue
            }
            let m = names.interpret(p, i, e)
            var ref: SpeakerRef? = nil
            switch m.kind {
            case .person: ref = resolve(m, p, t[i].start)
            case .title: ref = describe(p, i, e, p, t[i].start)
            default: break
            }
            if let r = ref, r.person != nil { starts.append((i, c, r)) }
            i = c + 1
        }
        var out: [ScannedTurn] = []
        for (k, s) in starts.enumerated() {
            let stop = k + 1 < starts.count ? t[starts[k + 1].first].start : text.paras[p].bytes.count
            var a = t[s.colon].stop, z = stop
            let b = text.paras[p].bytes
            while a < z, b[a] == 0x20 { a += 1 }
            while z > a, b[z - 1] == 0x20 { z -= 1 }
            if z > a { out.append(ScannedTurn(paragraph: p, textStart: a, textStop: z, speaker: s.ref)) }
        }
        return out
    }
}
