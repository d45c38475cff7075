import PressRelease
/// Saved web pages: the extracted title, date and paragraphs laid out as a plain release.
enum HTMLReader {
    static func read<E: Error>(_ input: ReaderInput, emit: (CorpusItem) throws(E) -> Void) throws(E) {
        guard let page = HTMLExtractor.extract(input.bytes) else {
            try emit(.problem(InputProblem(path: input.path, kind: .malformed, reason: "libxml2 could not parse this HTML")))
            return
        }
        guard !page.paragraphs.isEmpty else {
            try emit(.problem(InputProblem(path: input.path, kind: .noText, reason: "no text found in the page's main content")))
            return
        }
        var facts = ReleaseLayout.Facts()
        facts.title = page.title
        facts.date = page.date
        facts.url = page.url
        facts.source = page.source
        let bytes = ReleaseLayout.compose(facts, body: ReleaseLayout.body(paragraphs: page.paragraphs))
        try emit(.document(SourceDocument(path: input.path, bytes: bytes, metadata: facts.metadata, format: "html")))
    }
}
