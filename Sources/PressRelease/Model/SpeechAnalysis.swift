/// Quotes, speakers and named entities of one release, computed on first access
/// (`Release.speech`) so scripts that never read them never pay for them.
public struct SpeechAnalysis: Sendable {
    /// Speech quotes (direct, partial, continued), in source order.
    public var quotes: [Quote]
    /// Quoted terms that are not speech: scare quotes, names of acts and works.
    public var terms: [Quote]
    /// Transcript speaker turns (`Name: words…`), kept apart from quotes in marks.
    public var turns: [Quote] = []
    public var people: [Person]
    public var organizations: [Organization]
    public var places: [Place]
    /// Problems met while scanning (`unclosed-quote`, `stray-quote-mark`, `unopened-quote`).
    public var warnings: [ParseWarning]
    /// Speaker-registry index → index in `people` (nil: not kept); reported speech resolves through it.
    var keptIndex: [Int?] = []

    public init(quotes: [Quote] = [], terms: [Quote] = [], people: [Person] = [],
                organizations: [Organization] = [], places: [Place] = [], warnings: [ParseWarning] = []) {
        self.quotes = quotes
        self.terms = terms
        self.people = people
        self.organizations = organizations
        self.places = places
        self.warnings = warnings
    }

    public static let empty = SpeechAnalysis()

    /// The person a quote is attributed to.
    public func speaker(of quote: Quote) -> Person? {
        guard let i = quote.speakerIndex, people.indices.contains(i) else { return nil }
        return people[i]
    }

    /// The quotes attributed to a person.
    public func quotes(of person: Person) -> [Quote] {
        person.quotes.compactMap { quotes.indices.contains($0) ? quotes[$0] : nil }
    }
}
