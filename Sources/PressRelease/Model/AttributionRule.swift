/// The rule that chose a quote's speaker (`Quote.rule`, `q.rule` in Lua), like a lint rule's id.
/// Each rule's confidence is the share of its attributions that were right on the hand labels
/// (see `Benchmarks/accuracy/calibration.py`), so a lower confidence means more errors.
public enum AttributionRule: String, Sendable, CaseIterable {
    /// `"…," said Jane Doe, CEO of Acme` — the cue right after the quote, then the speaker.
    case cueThenSpeaker = "cue-then-speaker"
    /// `"…," Lavrov told reporters` / `"…," the minister said` — the speaker, then the cue.
    case speakerThenCue = "speaker-then-cue"
    /// `” -Commissioner Geoffrey Starks` — a dash and a name after the quote.
    case dash
    /// `Lavrov said, "…"` / `Mr Keenan said: "…"` — the cue's subject before the quote.
    case cueBefore = "cue-before"
    /// `"We are happy" about the decision, said Jane Doe` — words about the quote, then an inverted cue.
    case clauseThenCue = "clause-then-cue"
    /// `Said Senator Coulter: "…"` — an inverted cue before the quote.
    case invertedCue = "inverted-cue"
    /// `…, adding: "…"` — a participle whose subject opens the sentence.
    case participle
    /// `Senator X issued the following statement:` — the subject of a verbless colon lead-in.
    case colonLeadIn = "colon-lead-in"
    /// `On the talks, Lavrov said,` ⏎ `"…"` — an attribution on the line before.
    case lineBefore = "line-before"
    /// `"…"` ⏎ `Lavrov told reporters.` — an attribution on the line after.
    case lineAfter = "line-after"
    /// A paragraph continuing a quote whose other paragraphs are attributed.
    case continuation
    /// A quote right after an attributed one shares its speaker.
    case adjacent
    /// No cue: the person most recently reported as speaking.
    case recentSpeaker = "recent-speaker"
    /// No cue anywhere near: the release's issuer or the person last named.
    case issuer
    /// A transcript turn: `President of Russia Vladimir Putin: Colleagues, …`.
    case turn

    /// What the rule looks for, for documentation.
    public var summary: String {
        switch self {
        case .cueThenSpeaker: return "cue right after the quote, then the speaker (`\"…,\" said Jane Doe`)"
        case .speakerThenCue: return "speaker then cue after the quote (`\"…,\" Lavrov told reporters`)"
        case .dash: return "a dash and a name after the quote (`” -Commissioner Starks`)"
        case .cueBefore: return "the cue's subject before the quote (`Lavrov said, \"…\"`)"
        case .clauseThenCue: return "words about the quote, a comma, then an inverted cue (`\"…\" about it, said Jane Doe`)"
        case .invertedCue: return "an inverted cue before the quote (`Said Senator Coulter: \"…\"`)"
        case .participle: return "a participle cue whose subject opens the sentence (`…, adding: \"…\"`)"
        case .colonLeadIn: return "the subject of a verbless colon lead-in (`X issued the following statement:`)"
        case .lineBefore: return "an attribution on the line before the quote"
        case .lineAfter: return "an attribution on the line after the quote"
        case .continuation: return "a paragraph continuing an attributed multi-paragraph quote"
        case .adjacent: return "a quote right after an attributed one shares its speaker"
        case .recentSpeaker: return "no cue: the person most recently reported as speaking"
        case .issuer: return "no cue near: the release's issuer or the person last named"
        case .turn: return "a transcript turn (`Name: …`, `Q:`/`A:`)"
        }
    }
}
