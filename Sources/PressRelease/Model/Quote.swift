/// A quoted passage of a release and who said it.
///
/// Quotes refer to their speaker by index into `SpeechAnalysis.people` (no reference cycles);
/// `SpeechAnalysis.speaker(of:)` and `Release.speaker(of:)` give the `Person`.
public struct Quote: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// A complete quoted passage: `"We are ready," he said.`
        case direct
        /// A fragment quoted inside reported speech: `called it "a hue and cry"`.
        case partial
        /// A paragraph that continues the previous paragraph's quote (news convention: each
        /// paragraph reopens, only the last closes).
        case continued
        /// Not speech: scare quotes and names of acts, programmes, products and works.
        case term
        /// A transcript turn without marks: `Vladimir Putin: Colleagues, …` (cue `:`).
        case turn
    }

    /// The quoted words without their marks (and without the comma that hands over to the attribution).
    public var text: String
    /// Index into `SpeechAnalysis.people`, or nil when nobody (or no person) is named.
    public var speakerIndex: Int?
    /// The words the release uses for the speaker here: "he", "the minister", "Lavrov".
    public var mention: String?
    public var cue: Cue?
    /// Whom the words were addressed to: "reporters" in `Lavrov told reporters`.
    public var addressee: String?
    public var kind: Kind
    /// 1-based index of the paragraph holding the quote.
    public var paragraph: Int
    /// 1-based index of the release sentence where the quote starts, when known.
    public var sentence: Int?
    /// Byte offsets of the quoted words (inside the marks) in the source bytes.
    public var start: Int
    public var stop: Int
    /// 1-based line and column of `start` in the source file.
    public var line: Int
    public var column: Int
    /// 0…1: how sure the attribution is: its rule's accuracy on the hand labels (`AttributionRule`).
    public var confidence: Double
    /// The rule that chose the speaker (nil when no rule found one).
    public var rule: AttributionRule?

    public init(text: String, speakerIndex: Int? = nil, mention: String? = nil, cue: Cue? = nil,
                addressee: String? = nil, kind: Kind, paragraph: Int, sentence: Int? = nil,
                start: Int, stop: Int, line: Int = 0, column: Int = 0, confidence: Double = 0,
                rule: AttributionRule? = nil) {
        self.text = text
        self.speakerIndex = speakerIndex
        self.mention = mention
        self.cue = cue
        self.addressee = addressee
        self.kind = kind
        self.paragraph = paragraph
        self.sentence = sentence
        self.start = start
        self.stop = stop
        self.line = line
        self.column = column
        self.confidence = confidence
        self.rule = rule
    }
}

/// The words that introduce speech: `said`, `told`, `pointed out`, `according to`, `:`.
public struct Cue: Sendable, Equatable {
    /// Dictionary form: `say`, `point out`, `according to`; `:` for colon turns, `—` for dash attributions.
    public var lemma: String
    /// The words as written: `told`, `pointed out`.
    public var words: String

    public init(lemma: String, words: String) {
        self.lemma = lemma
        self.words = words
    }
}
