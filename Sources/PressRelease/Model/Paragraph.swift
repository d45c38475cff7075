/// A body paragraph. `text` is normalised (entities decoded, whitespace collapsed, wrapped lines
/// rejoined); `start`/`stop` delimit its raw span in the source bytes.
public struct Paragraph: Sendable {
    /// 1-based position among the release's body paragraphs.
    public var index: Int
    public var text: String
    public var start: Int
    public var stop: Int
    /// Maps byte offsets inside `text` back to source byte offsets.
    public var sourceMap: SourceMap

    public init(index: Int, text: String, start: Int, stop: Int, sourceMap: SourceMap = SourceMap()) {
        self.index = index
        self.text = text
        self.start = start
        self.stop = stop
        self.sourceMap = sourceMap.textOffsets.isEmpty
            ? SourceMap(textOffsets: [0], sourceOffsets: [start]) : sourceMap
    }

    /// Source byte offset of a byte offset inside `text`.
    public func sourceOffset(ofTextOffset offset: Int) -> Int { sourceMap.sourceOffset(forTextOffset: offset) }
}

/// A sentence of a body paragraph.
public struct Sentence: Sendable {
    /// 1-based position among the release's sentences.
    public var index: Int
    public var text: String
    /// 1-based index of the paragraph holding it.
    public var paragraph: Int
    /// Byte offsets of the sentence inside its paragraph's `text` (UTF-8).
    public var textStart: Int
    public var textStop: Int

    public init(index: Int, text: String, paragraph: Int, textStart: Int, textStop: Int) {
        self.index = index
        self.text = text
        self.paragraph = paragraph
        self.textStart = textStart
        self.textStop = textStop
    }
}
