/// The words of one language that the speech rules read: titles, entity words, headings,
/// abbreviations, pronouns and morphology. Passed into the analyser like the cue lexicon, so a
/// second language is a second value rather than a fork of the rules.
public struct Language: Sendable {
    /// Lower-case words after which a colon lead-in's names are what the statement is about, not
    /// who makes it ("… regarding reports that Justice Breyer plans to retire:").
    public var reportedClauseOpeners: Set<String>
    /// Lower-case words a Title Case heading keeps ("On Getting Trump’s Team in Place").
    public var headingFunctionWords: Set<String>
    /// Cue lemmas that may precede their speaker (`said Jordan`, `added the minister`); after
    /// other cues a name is the object (`put Trump’s team in place`, `told Lavrov`).
    public var invertibleCues: Set<String>
    /// Transcript turn labels that name no individual (`Q:`, `MODERATOR:`): a turn without a person.
    public var turnLabels: Set<String>
    /// Heading labels that open a line with a colon (`Topics:`, `SUBJECTS:`): neither a turn nor a person.
    public var headingLabels: Set<String>
    /// First words of multi-word place names whose last word is a known place ("Saudi Arabia").
    public var placePrefixes: Set<String>
    /// Words right before a short quoted phrase that make it the complement of an attributing
    /// clause (`said the bill was "dead on arrival"`).
    public var partialIntroducers: Set<String>

    public init(reportedClauseOpeners: Set<String>, headingFunctionWords: Set<String>, invertibleCues: Set<String>,
                turnLabels: Set<String>, headingLabels: Set<String>, placePrefixes: Set<String>, partialIntroducers: Set<String>) {
        self.partialIntroducers = partialIntroducers
        self.turnLabels = turnLabels
        self.headingLabels = headingLabels
        self.placePrefixes = placePrefixes
        self.invertibleCues = invertibleCues
        self.reportedClauseOpeners = reportedClauseOpeners
        self.headingFunctionWords = headingFunctionWords
    }
}
