extension Release {
    /// The source byte offset of byte `textOffset` of a paragraph's normalised text (`paragraph`
    /// is 0-based). The text is aligned with the paragraph's raw span on each call (linear in the
    /// paragraph), so callers read it lazily, e.g. when a script asks for a sentence's line.
    public func sourceOffset(paragraph index: Int, textOffset: Int) -> Int {
        guard paragraphs.indices.contains(index) else { return 0 }
        let p = paragraphs[index]
        return SourceAligner(paragraph: p, text: Array(p.text.utf8), source: source.bytes).source(textOffset)
    }
}
