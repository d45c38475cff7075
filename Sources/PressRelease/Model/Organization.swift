/// An organisation named in a release: "Asia-Pacific Economic Cooperation" (`APEC`).
public struct Organization: Sendable, Equatable {
    public var name: String
    /// The acronym the release defines or uses for it: "APEC".
    public var acronym: String?
    /// Mentions by name or acronym.
    public var mentions: Int
    /// Source byte offset of the first mention.
    public var firstOffset: Int

    public init(name: String, acronym: String? = nil, mentions: Int = 1, firstOffset: Int = 0) {
        self.name = name
        self.acronym = acronym
        self.mentions = mentions
        self.firstOffset = firstOffset
    }
}
