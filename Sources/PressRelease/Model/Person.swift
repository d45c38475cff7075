/// One individual named in a release. Every way the release refers to them ("Russian Foreign
/// Minister Sergey Lavrov", "Lavrov", "the minister", "he") resolves to the same `Person`.
public struct Person: Sendable, Equatable {
    public enum Gender: String, Sendable { case male, female, unknown }

    /// The fullest form of the name the release gives: "Sergey Lavrov".
    public var name: String
    /// Last word of the name, without suffixes such as `Jr.`: "Lavrov".
    public var surname: String
    /// Titles as written before or around the name: "Russian Foreign Minister", "Rep.".
    public var titles: [String]
    /// Organisation or role given in an appositive: "CEO of Acme".
    public var affiliation: String?
    /// Every distinct form used for the person, in order of first use.
    public var mentions: [String]
    /// How many times the person is mentioned (names, titles and resolved pronouns).
    public var mentionCount: Int
    /// Indices into `SpeechAnalysis.quotes` of the quotes attributed to the person.
    public var quotes: [Int]
    public var gender: Gender
    /// Source byte offset of the first mention.
    public var firstOffset: Int

    public init(name: String, surname: String, titles: [String] = [], affiliation: String? = nil,
                mentions: [String] = [], mentionCount: Int = 0, quotes: [Int] = [],
                gender: Gender = .unknown, firstOffset: Int = 0) {
        self.name = name
        self.surname = surname
        self.titles = titles
        self.affiliation = affiliation
        self.mentions = mentions
        self.mentionCount = mentionCount
        self.quotes = quotes
        self.gender = gender
        self.firstOffset = firstOffset
    }
}
