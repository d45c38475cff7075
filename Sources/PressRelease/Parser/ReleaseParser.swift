/// Turns a `SourceDocument` into a `Release`. Works on UTF-8 bytes line by line.
public struct ReleaseParser: Sendable {
    /// The speech-cue lexicon handed to every release (scripts may extend it before a run).
    public var cues: CueLexicon

    public init(cues: CueLexicon = .default) {
        self.cues = cues
    }

    public func parse(_ document: SourceDocument) -> Release {
        let release = Release(source: document)
        release.cues = cues
        let lines = LineScanner.lines(document.bytes)
        var body = lines.startIndex
        // Headline: first non-blank line; a release-type label before it becomes `kind`.
        while body < lines.endIndex {
            let line = lines[body]
            body += 1
            if line.isBlank { continue }
            var text = line.trimmedText
            if text.hasPrefix("# ") { text = String(text.dropFirst(2)) }
            if let kind = ReleaseLabels.kind(ofLabel: text), release.kind == nil {
                release.kind = kind
                continue
            }
            release.headline = text
            release.headlineStart = line.start
            break
        }
        if release.headline == nil {
            release.warnings.append(ParseWarning(code: "no-headline", message: "no headline found"))
        }
        var paragraphs: [Paragraph] = []
        for line in lines[body...] where !line.isBlank {
            var text = line.trimmedText
            var start = line.start
            if paragraphs.isEmpty, release.dateline == nil,
               let dl = DatelineMatcher.match(text, lineStart: line.start) {
                release.dateline = dl.dateline
                text = dl.rest
                start = dl.dateline.stop
                if text.isEmpty { continue }
            }
            paragraphs.append(Paragraph(index: paragraphs.count + 1, text: text, start: start, stop: line.stop))
        }
        release.paragraphs = paragraphs
        release.date = release.dateline?.date ?? document.metadata["date"].flatMap(DateParser.isoDate)
        if release.date == nil {
            release.warnings.append(ParseWarning(code: "no-date", message: "no date found"))
        }
        return release
    }
}

enum ReleaseLabels {
    static func kind(ofLabel text: String) -> String? {
        switch text.uppercased() {
        case "PRESS RELEASE", "FOR IMMEDIATE RELEASE", "NEWS RELEASE": return "press release"
        case "MEDIA ADVISORY": return "media advisory"
        case "STATEMENT": return "statement"
        default: return nil
        }
    }
}
