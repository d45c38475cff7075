/// Pronoun sources that the speaker phrases left unresolved (`they said`, `it added`, `I think`
/// inside a quote), resolved the way a reader does, or left without a speaker — never filed as
/// a group or organisation named "they" or "It".
///
/// `I`/`we` inside a quote are the quote's speaker; `they` is the last group or organisation
/// that spoke within two paragraphs, `it` the last organisation. Anything else names nobody.
struct PronounSources {
    private struct Spoke { var kind: Statement.SpeakerKind; var name: String; var index: Int?; var paragraph: Int }
    private var lastGroup: Spoke?
    private var lastOrganization: Spoke?

    static let pronouns: Set<String> = ["i", "me", "we", "us", "they", "them", "it", "he", "she", "him", "her",
                                        "you", "who", "this", "that", "these", "those", "one"]

    static func isPronoun(_ mention: String) -> Bool {
        pronouns.contains(mention.lowercased().trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Remembers who spoke, for later `they`/`it`.
    mutating func note(_ s: Statement) {
        guard let kind = s.speakerKind, let name = s.speakerName else { return }
        let spoke = Spoke(kind: kind, name: name, index: s.speakerIndex, paragraph: s.paragraph)
        if kind == .group { lastGroup = spoke }
        if kind == .organization { lastOrganization = spoke }
    }

    /// The speaker of a statement whose source is the pronoun `mention`: sets or clears the
    /// statement's speaker. `quotes` are the quotes of its paragraph.
    func resolve(_ mention: String, _ s: inout Statement, quotes: [Quote]) {
        s.speakerKind = nil
        s.speakerName = nil
        s.speakerIndex = nil
        let w = mention.lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
        switch w {
        case "i", "me", "we", "us":
            // `"… I think the deal is fair …"`: the words are the quote's speaker's.
            if let q = quotes.first(where: { $0.start <= s.start && s.stop <= $0.stop && $0.speakerIndex != nil }) {
                s.speakerIndex = q.speakerIndex
                s.speakerKind = .person
            }
        case "they", "them":
            if let g = recent(lastGroup, s) ?? recent(lastOrganization, s) { set(g, &s) }
        case "it":
            if let o = recent(lastOrganization, s) { set(o, &s) }
        default:
            return
        }
    }

    private func recent(_ spoke: Spoke?, _ s: Statement) -> Spoke? {
        guard let spoke, s.paragraph - spoke.paragraph <= 2 else { return nil }
        return spoke
    }

    private func set(_ spoke: Spoke, _ s: inout Statement) {
        s.speakerKind = spoke.kind
        s.speakerName = spoke.name
        s.speakerIndex = spoke.index
    }
}
