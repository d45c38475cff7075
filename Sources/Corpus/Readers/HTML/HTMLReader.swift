import PressRelease

/// Saved web pages: the extracted title, date and body blocks laid out as a plain release.
enum HTMLReader {
    static func read<E: Error>(_ input: ReaderInput, emit: (CorpusItem) throws(E) -> Void) throws(E) {
        try emit(item(input.bytes, path: input.path))
    }

    /// One page as a document, or the problem that names why it yields none. `known` are facts the
    /// container already had (a web archive's target URI and capture date), used where the page is silent.
    static func item(_ bytes: [UInt8], path: String, record: Int? = nil, known: ReleaseLayout.Facts = .init()) -> CorpusItem {
        func problem(_ kind: InputProblem.Kind, _ reason: String) -> CorpusItem {
            .problem(InputProblem(path: path, record: record, kind: kind, reason: reason))
        }
        guard let page = HTMLExtractor.extract(bytes) else { return problem(.malformed, "libxml2 could not parse this HTML") }
        guard !page.paragraphs.isEmpty else {
            return problem(.noText, page.frames ? "a frameset page: its text is in the framed pages, not in this file"
                                                : "no text found in the page's main content (only markup, scripts or navigation)")
        }
        var facts = ReleaseLayout.Facts()
        facts.title = page.title ?? known.title
        facts.date = page.date ?? known.date
        facts.url = known.url ?? page.url
        facts.source = page.source ?? known.source
        let text = ReleaseLayout.compose(facts, body: ReleaseLayout.body(paragraphs: page.paragraphs))
        var metadata = facts.metadata
        if let canonical = page.url, canonical != facts.url { metadata["canonical"] = canonical }
        var doc = SourceDocument(path: path, bytes: text, record: record, metadata: metadata, format: "html")
        doc.fields = page.meta
        return .document(doc)
    }
}
