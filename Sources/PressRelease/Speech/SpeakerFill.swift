/// Speakers for quotes without an attribution of their own: the paragraphs of a multi-paragraph
/// quote share one speaker, and a quote paragraph with no cue continues the last person reported
/// as speaking (when that was recent).
enum SpeakerFill {
    struct Filled {
        var ref: SpeakerRef?
        var confidence: Double
        var rule: AttributionRule?
    }

    /// The release's issuer when a letterhead names one: the first titled person of the first
    /// two paragraphs.
    static func author(_ ctx: SpeechContext) -> Int? {
        let early = ctx.people.events.filter { $0.para <= 1 }.map(\.person)
        return early.first { !ctx.people.people[$0].titles.isEmpty }
    }

    static func fill(_ qs: [ScannedQuote], kinds: [Quote.Kind], found: [Attribution?], ctx: SpeechContext,
                     author: Int?) -> [Filled] {
        var out = found.map { a in Filled(ref: a?.speaker, confidence: a?.rule.confidence() ?? 0, rule: a?.rule) }
        // Groups of quotes joined by continuation.
        var groups: [[Int]] = []
        for i in qs.indices where kinds[i] != .term {
            if qs[i].continued, var g = groups.popLast() { g.append(i); groups.append(g) } else { groups.append([i]) }
        }
        for g in groups where g.count > 1 {
            // Nearest attributed member after each position, then before it: two linear passes.
            var nextFound = [Int?](repeating: nil, count: g.count)
            var seen: Int? = nil
            for n in g.indices.reversed() { nextFound[n] = seen; if found[g[n]] != nil { seen = g[n] } }
            var previous: Int? = nil
            for (n, i) in g.enumerated() {
                defer { if found[i] != nil { previous = i } }
                guard out[i].ref == nil, let j = nextFound[n] ?? previous else { continue }
                out[i] = Filled(ref: found[j]!.speaker, confidence: AttributionRule.continuation.confidence(inheriting: out[j].confidence), rule: .continuation)
            }
        }
        // A quote right after an attributed one (same or previous paragraph) shares its speaker,
        // even when that was nobody in particular ("…," said TMS Solutions. "…").
        var decided = found.map { $0 != nil }
        var previous: Int? = nil
        for i in qs.indices where kinds[i] != .term {
            defer { previous = i }
            guard !decided[i], kinds[i] != .partial, let j = previous, decided[j],
                  qs[i].paragraph - qs[j].paragraph <= 1 else { continue }
            if out[j].ref?.person == nil || qs[i].paragraph == qs[j].paragraph {
                out[i] = Filled(ref: out[j].ref, confidence: AttributionRule.adjacent.confidence(inheriting: out[j].confidence), rule: .adjacent)
                decided[i] = true
            }
        }
        // Floating quotes continue the most recent speaker.
        for i in qs.indices where kinds[i] != .term && !decided[i] && out[i].ref == nil {
            let q = qs[i]
            if let who = ctx.people.recent(before: q.paragraph, q.openStart, gender: .unknown, speakingOnly: true, within: 3) {
                out[i] = Filled(ref: SpeakerRef(person: who, mention: ctx.people.people[who].name, named: false),
                                confidence: AttributionRule.recentSpeaker.confidence(), rule: .recentSpeaker)
            }
        }
        // A multi-paragraph quote is one utterance: paragraphs past the recent-speaker window keep
        // the speaker its earlier paragraphs were given.
        for g in groups where g.count > 1 {
            var carry: Filled? = nil
            for i in g {
                if out[i].ref != nil { carry = out[i]; continue }
                guard let c = carry, !decided[i] else { continue }
                out[i] = Filled(ref: c.ref, confidence: AttributionRule.continuation.confidence(inheriting: c.confidence), rule: .continuation)
                decided[i] = true
            }
        }
        // No cue anywhere near: the issuer of the release, else the person last named.
        let anyFound = found.contains { $0 != nil }
        for i in qs.indices where kinds[i] == .direct || kinds[i] == .continued {
            guard !decided[i], out[i].ref == nil else { continue }
            let q = qs[i]
            let who = (anyFound ? nil : author)
                ?? ctx.people.recent(before: q.paragraph, q.openStart, gender: .unknown, within: 2) ?? author
            if let who {
                out[i] = Filled(ref: SpeakerRef(person: who, mention: ctx.people.people[who].name, named: false),
                                confidence: AttributionRule.issuer.confidence(), rule: .issuer)
            }
        }
        return out
    }
}
