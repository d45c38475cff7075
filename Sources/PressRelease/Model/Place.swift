/// A place named in a release (dateline city, country, region): "Da Nang", "Vietnam".
public struct Place: Sendable, Equatable {
    public var name: String
    public var mentions: Int
    /// Source byte offset of the first mention.
    public var firstOffset: Int

    public init(name: String, mentions: Int = 1, firstOffset: Int = 0) {
        self.name = name
        self.mentions = mentions
        self.firstOffset = firstOffset
    }
}
