extension Release {
    /// The source byte offset of byte `textOffset` of a paragraph's normalised text (`paragraph`
    /// is 0-based), through the paragraph's source map.
    public func sourceOffset(paragraph index: Int, textOffset: Int) -> Int {
        guard paragraphs.indices.contains(index) else { return 0 }
        return paragraphs[index].sourceOffset(ofTextOffset: textOffset)
    }
}
