/// The release block of agency releases (`Department of … / Office of Public Affairs / FOR
/// IMMEDIATE RELEASE / Thursday, January 13, 2011`) may stand above or below the headline, and a
/// subtitle may sit between the headline and the block or under the headline after it. A subtitle
/// is told from the lead by where it stands, not by its words.
enum ReleaseBlock {
    /// Whether the line at `i`, under a free-text headline, is a subtitle: a short line that does not
    /// end like a sentence, followed directly by a release-block line (label, date or letterhead),
    /// or, once the block has been read, by a lead that opens with a dateline.
    static func isSubtitle(_ pieces: [Piece], at i: Int, header h: Header) -> Bool {
        let b = pieces[i].bytes
        guard i + 1 < pieces.count, b.count <= 200, HeaderFinder.isSubheadline(b),
              !HeaderFinder.isLeadSentence(b), HeaderLines.classify(b) == .text, !endsMidPhrase(b) else { return false }
        let next = pieces[i + 1].bytes
        switch HeaderLines.classify(next) {
        case .date where h.date != nil:
            // a second date line under the headline dates the lead, and the line above it is the
            // lead's own heading: left to the body
            return false
        case .label, .date, .letterhead:
            // the block follows the subtitle, before any of its lines were read
            return !pieces[i + 1].afterBlank || !pieces[i].afterBlank
        case .text:
            // the block came first: a subtitle under the headline, then the dateline lead
            guard h.kind != nil || h.date != nil, let hl = h.headline, hl.stop <= pieces[i].start,
                  let dl = DatelineParser.parse(next), dl.place != nil, dl.bodyStart < next.count else { return false }
            return ByteText.counts(Array(next[dl.bodyStart...])).words >= 6
        default:
            return false
        }
    }

    /// A hard-wrapped lead line ends on a joining word (`… Jake Sullivan met with`); a subtitle does not.
    static func endsMidPhrase(_ b: [UInt8]) -> Bool {
        guard let sp = b.lastIndex(of: 0x20) else { return false }
        let last = Array(b[(sp + 1)...]).map(Bytes.lower)
        return joiners.contains(last)
    }

    static let joiners: Set<[UInt8]> = Set(["with", "of", "and", "the", "to", "for", "in", "on", "at", "by", "a", "an",
                                            "or", "from", "that", "as"].map { Array($0.utf8) })
}
