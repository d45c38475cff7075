/// A parsed press release. Structure is filled by `ReleaseParser`; derived views (full text,
/// sentences, line index) are computed on first access, so a script pays only for what it reads.
///
/// A release is built on a parser worker and then handed to exactly one consumer thread; lazy
/// properties are therefore never computed concurrently.
public final class Release: @unchecked Sendable {
    public let source: SourceDocument
    /// press release, statement, media advisory, transcript, … (from labels such as `MEDIA ADVISORY`).
    public var kind: String?
    public var headline: String?
    public var subheadline: String?
    /// ISO `YYYY-MM-DD`: the dateline's date, else a date line, else the container's metadata.
    public var date: String?
    public var dateline: Dateline?
    public var paragraphs: [Paragraph]
    public var boilerplate: [Boilerplate]
    public var contacts: [Contact]
    public var warnings: [ParseWarning]
    /// Byte offset of the headline in the source, when there is one.
    public var headlineStart: Int?

    public init(source: SourceDocument, kind: String? = nil, headline: String? = nil,
                subheadline: String? = nil, date: String? = nil, dateline: Dateline? = nil,
                paragraphs: [Paragraph] = [], boilerplate: [Boilerplate] = [],
                contacts: [Contact] = [], warnings: [ParseWarning] = []) {
        self.source = source
        self.kind = kind
        self.headline = headline
        self.subheadline = subheadline
        self.date = date
        self.dateline = dateline
        self.paragraphs = paragraphs
        self.boilerplate = boilerplate
        self.contacts = contacts
        self.warnings = warnings
    }

    public var id: String { source.id }
    public var path: String { source.path }

    /// The body: paragraphs joined by blank lines (no headline, dateline or boilerplate).
    public lazy var text: String = paragraphs.lazy.map(\.text).joined(separator: "\n\n")

    /// Number of words in the body.
    public lazy var words: Int = WordCounter.count(paragraphs.lazy.map(\.text))

    public lazy var sentences: [Sentence] = SentenceSplitter.sentences(of: paragraphs)

    public lazy var lineIndex: LineIndex = LineIndex(source.bytes)

    /// The speech-cue lexicon used for this release's attribution (set by `ReleaseParser(cues:)`).
    public var cues: CueLexicon = .default

    /// Quotes, speakers, people, organisations and places; computed on first access only.
    public var speech: SpeechAnalysis {
        get {
            if let s = speechStore { return s }
            let s = SpeechAnalyzer(lexicon: cues).analyze(self)
            speechStore = s
            return s
        }
        set { speechStore = newValue }
    }
    private var speechStore: SpeechAnalysis?

    /// Every attributed statement, quoted or reported; computed only when read (it costs a second
    /// speech pass when `speech` was read first).
    public var attributionAnalysis: AttributionAnalysis {
        if let a = attributionStore { return a }
        let (s, a) = SpeechAnalyzer(lexicon: cues).analyzeWithAttributions(self)
        if speechStore == nil { speechStore = s }
        attributionStore = a
        return a
    }
    private var attributionStore: AttributionAnalysis?

    /// Whether the attribution analysis has run for this release: it runs only when something
    /// reads `attributions` (a script's `r.attributions` or `Statement` hook), never for quotes.
    public var hasAttributionAnalysis: Bool { attributionStore != nil }

    /// Attributed statements in text order (see `Statement`).
    public var attributions: [Statement] { attributionAnalysis.statements }

    public var quotes: [Quote] { speech.quotes }
    public var people: [Person] { speech.people }
    public var organizations: [Organization] { speech.organizations }
    public var places: [Place] { speech.places }

    /// The quotes of one paragraph.
    public func quotes(in paragraph: Paragraph) -> [Quote] { speech.quotes.filter { $0.paragraph == paragraph.index } }

    /// The person a quote of this release is attributed to.
    public func speaker(of quote: Quote) -> Person? { speech.speaker(of: quote) }

    /// Line and column in the source file of a byte offset of this release.
    public func position(of offset: Int) -> SourcePosition {
        var p = lineIndex.position(of: offset)
        p.line += source.firstLine - 1
        return p
    }
}
