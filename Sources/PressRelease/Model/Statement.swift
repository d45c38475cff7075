/// One attributed statement of a release — quoted or reported — with who made it.
///
/// `Release.attributions` lists them in text order: the direct quotes of `Release.quotes` and the
/// reported speech around them (`Lavrov said Putin is prepared to …`, `According to the
/// ministry, …`). Speakers refer by index into `AttributionAnalysis.people`, whose first entries
/// are `SpeechAnalysis.people` (so the indices of `Quote.speakerIndex` hold here too).
public struct Statement: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// A complete quote in marks (`Quote.Kind.direct` or `.continued`).
        case direct
        /// A quoted fragment that no reported clause holds.
        case partial
        /// Reported speech without quote marks: `Lavrov said Putin is prepared to …`.
        case indirect
        /// Reported speech whose content is partly quoted: `said the bill was "a disgrace"`.
        case mixed
    }

    /// What the speaker is: a person, an organisation (`the ministry`, `Acme`) or a group
    /// (`officials`, `critics`).
    public enum SpeakerKind: String, Sendable { case person, organization, group }

    public var kind: Kind
    /// The content, without the cue and the source.
    public var text: String
    /// Index into `AttributionAnalysis.people` when the speaker is a person the release names.
    public var speakerIndex: Int?
    /// The resolved speaker: the person's name, or the organisation or group as named.
    public var speakerName: String?
    public var speakerKind: SpeakerKind?
    /// The source as written here: "he", "the ministry", "Lavrov".
    public var source: String?
    /// Byte offsets of `source` in the source file, when it is in the body.
    public var sourceStart: Int?
    public var sourceStop: Int?
    public var cue: Cue?
    public var addressee: String?
    /// Which rule found it: `quote` for quotes, else `reported.verb`, `reported.according-to`, ….
    public var rule: String
    public var confidence: Double
    /// 1-based paragraph and release sentence of the content's start.
    public var paragraph: Int
    public var sentence: Int?
    /// Byte offsets of the content in the source file.
    public var start: Int
    public var stop: Int
    public var line: Int
    public var column: Int
    /// Index into `SpeechAnalysis.quotes` of the quote this statement is (direct, partial) or holds (mixed).
    public var quote: Int?

    public init(kind: Kind, text: String, speakerIndex: Int? = nil, speakerName: String? = nil,
                speakerKind: SpeakerKind? = nil, source: String? = nil, sourceStart: Int? = nil,
                sourceStop: Int? = nil, cue: Cue? = nil, addressee: String? = nil, rule: String,
                confidence: Double, paragraph: Int, sentence: Int? = nil, start: Int, stop: Int,
                line: Int = 0, column: Int = 0, quote: Int? = nil) {
        self.kind = kind
        self.text = text
        self.speakerIndex = speakerIndex
        self.speakerName = speakerName
        self.speakerKind = speakerKind
        self.source = source
        self.sourceStart = sourceStart
        self.sourceStop = sourceStop
        self.cue = cue
        self.addressee = addressee
        self.rule = rule
        self.confidence = confidence
        self.paragraph = paragraph
        self.sentence = sentence
        self.start = start
        self.stop = stop
        self.line = line
        self.column = column
        self.quote = quote
    }
}

/// The attributed statements of a release, computed only when asked for (`Release.attributionAnalysis`).
public struct AttributionAnalysis: Sendable {
    public var statements: [Statement]
    /// `SpeechAnalysis.people`, then the people only reported speech makes speakers of.
    public var people: [Person]
    /// Per entry of `people`: indices into `statements` of that person's statements.
    public var statementsOf: [[Int]]

    public init(statements: [Statement] = [], people: [Person] = []) {
        self.statements = statements
        self.people = people
        var of = Array(repeating: [Int](), count: people.count)
        for (i, s) in statements.enumerated() {
            if let p = s.speakerIndex, of.indices.contains(p) { of[p].append(i) }
        }
        self.statementsOf = of
    }

    public static let empty = AttributionAnalysis()
}
