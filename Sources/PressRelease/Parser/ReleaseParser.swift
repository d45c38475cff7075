/// Turns a `SourceDocument` into a `Release`: normalised lines with source offsets, then the header
/// (headline, kind, date lines), paragraphs, the dateline of the lead, and boilerplate.
/// Works on UTF-8 bytes; every stage is linear in the input.
public struct ReleaseParser: Sendable {
    /// The speech-cue lexicon handed to every release (scripts may extend it before a run).
    public var cues: CueLexicon

    public init(cues: CueLexicon = .default) {
        self.cues = cues
    }

    public func parse(_ document: SourceDocument) -> Release {
        let release = Release(source: document)
        release.cues = cues
        var pieces = document.bytes.withUnsafeBufferPointer { Self.pieces($0) }
        // Markdown headings read as text: `# [Title](url)`, `## June 2, 2022 [Author](url)`
        for k in 0..<min(pieces.count, 48) where pieces[k].bytes.first == 0x23 {
            pieces[k] = MarkdownLinks.strip(pieces[k])
        }
        let header = HeaderFinder.find(pieces, source: document.bytes)
        release.kind = header.kind
        release.headline = header.headline.map { MarkdownEscapes.strip($0.string) }.flatMap { $0.isEmpty ? nil : $0 }
        release.headlineStart = header.headline?.start
        release.subheadline = header.subheadline?.string
        var paras = ParagraphBuilder.build(header.body)
        var extra: [Boilerplate] = []
        let dateline = LeadDateline.take(header: header, paragraphs: &paras, boilerplate: &extra, source: document.bytes)
        release.dateline = dateline.dateline
        let split = BodySplitter.split(paras)
        if release.kind == nil { release.kind = split.kind }
        release.paragraphs = split.body.enumerated().map { k, raw in
            let p = MarkdownLinks.strip(raw)   // `[text](url)` reads as `text`; images are dropped
            return Paragraph(index: k + 1, text: p.string, start: p.start, stop: p.stop, sourceMap: p.map)
        }
        release.boilerplate = (header.boilerplate + extra + split.boilerplate).sorted { $0.start < $1.start }
        var blocks = split.contactBlocks
        if !header.contactLines.isEmpty { blocks.insert(header.contactLines, at: 0) }
        release.contacts = blocks.flatMap(Contacts.parse)
        resolveDate(release, header: header, datelineMatch: dateline.match, trailing: split.trailingDate)
        if release.headline == nil {
            release.warnings.append(ParseWarning(code: "no-headline", message: "no headline found"))
            if let t = document.metadata["title"], !t.isEmpty { release.headline = t }
        }
        if release.dateline == nil {
            release.warnings.append(ParseWarning(code: "no-dateline", message: "no dateline found"))
        }
        if release.paragraphs.isEmpty {
            release.warnings.append(ParseWarning(code: "no-body", message: "no body paragraphs found"))
        }
        return release
    }

    /// The release date: the dateline's, else a date line's, else a trailing date, else the container's.
    private func resolveDate(_ r: Release, header: Header, datelineMatch: DateMatch?, trailing: DateMatch?) {
        for (m, offset) in [(datelineMatch, r.dateline?.start), (header.date, header.dateLine?.start), (trailing, nil)] {
            guard let m else { continue }
            if let iso = m.iso { r.date = iso; return }
            r.warnings.append(ParseWarning(code: "impossible-date",
                                           message: "not a calendar date: \(m.year)-\(m.month)-\(m.day)", offset: offset))
        }
        if let meta = r.source.metadata["date"], let iso = DateParser.isoDate(meta) {
            r.date = iso
            return
        }
        r.warnings.append(ParseWarning(code: "no-date", message: "no date found"))
    }

    /// Non-blank lines as normalised pieces; long lines split where paragraphs were flattened.
    static func pieces(_ s: UnsafeBufferPointer<UInt8>) -> [Piece] {
        var out: [Piece] = []
        var afterBlank = true
        for line in SourceLines.scan(s) {
            if line.isBlank { afterBlank = true; continue }
            for (k, r) in LineSplitter.ranges(s, line).enumerated() {
                var b = TextBuilder()
                b.append(s, r)
                if b.isEmpty { continue }
                out.append(Piece(bytes: b.bytes, map: b.map, start: r.lowerBound, stop: r.upperBound,
                                 afterBlank: afterBlank || k > 0))
                afterBlank = false
            }
        }
        return out
    }
}
