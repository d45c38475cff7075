/// Finding sentences by paragraph and mapping model text back to the source.
extension Release {
    /// The sentences of one paragraph: a slice of `sentences` (which are in paragraph order).
    public func sentences(in paragraph: Paragraph) -> ArraySlice<Sentence> {
        let all = sentences
        func bound(_ p: Int) -> Int {
            var lo = 0, hi = all.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if all[mid].paragraph < p { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        return all[bound(paragraph.index)..<bound(paragraph.index + 1)]
    }

    /// Source byte range of a sentence (from its first to its last byte).
    public func sourceRange(of sentence: Sentence) -> Range<Int> {
        let p = paragraphs[sentence.paragraph - 1]
        let start = p.sourceOffset(ofTextOffset: sentence.textStart)
        let stop = p.sourceOffset(ofTextOffset: max(sentence.textStart, sentence.textStop - 1)) + 1
        return start..<max(start, stop)
    }
}
