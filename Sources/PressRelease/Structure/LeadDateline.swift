/// Takes the dateline off the lead paragraph (or from a dateline line, or a bare date line in the
/// header) and builds the model's `Dateline`.
enum LeadDateline {
    struct Result {
        var dateline: Dateline?
        var match: DateMatch?
    }

    static func take(header: Header, paragraphs: inout [Piece], boilerplate: inout [Boilerplate], source: [UInt8]) -> Result {
        if let own = header.ownLineDateline {
            let result = make(own.piece, own.parts, place: nil)
            // pressservices: a second, issuer dateline opens the lead; strip it too
            if let first = paragraphs.first, let parts = DatelineParser.parse(first.bytes), parts.date != nil || parts.agency != nil {
                let cut = first.slice(0, parts.textEnd)
                boilerplate.append(Boilerplate(kind: .dateline, text: cut.string, start: cut.start, stop: cut.stop))
                strip(&paragraphs, parts.bodyStart)
            }
            return result
        }
        if let first = paragraphs.first,
           let parts = DatelineParser.parse(first.bytes, gap: first.wideGaps(in: source, minBlanks: 2).first) {
            let result = make(first, parts, place: nil)
            strip(&paragraphs, parts.bodyStart)
            return result
        }
        // `Washington, DC,` ⏎ `January 23, 2013`: place and date on lines of their own
        if paragraphs.count >= 2, paragraphs[0].count <= 40, let d = HeaderLines.dateLine(paragraphs[1].bytes),
           d.start == 0, paragraphs[1].count <= 40 {
            let first = paragraphs[0]
            let r = DatelineParser.trim(first.bytes, 0, first.count)
            if PlaceWords.looksLikePlace(first.bytes, r), PlaceWords.isStrongPlace(first.bytes, r) {
                let both = first.joined(paragraphs[1])
                let place = String(decoding: first.bytes[r], as: UTF8.self)
                let dl = Dateline(text: both.string, place: place, date: d.iso, agency: nil, start: both.start, stop: both.stop)
                paragraphs.removeFirst(2)
                return Result(dateline: dl, match: d)
            }
        }
        // a dateline under a summary (a subtitle, wire subheads, bullet points): alone on its line,
        // or opening the paragraph when it is unmistakable (a wire, a date and place, a place and dash)
        for k in stride(from: 1, to: min(8, paragraphs.count), by: 1) {
            let before = paragraphs[k - 1]
            if before.count >= 300 && !isBullet(before.bytes) || before.count >= 1000 { break }
            let p = paragraphs[k]
            guard let parts = DatelineParser.parse(p.bytes) else { continue }
            // a bare date line only right under one or two short lines; deeper it dates an item
            let wire = parts.agency != nil || parts.place != nil && parts.date != nil
            if parts.bodyStart >= p.count, wire || parts.date != nil && k < 3 && before.count < 300 {
                let result = make(p, parts, place: nil)
                paragraphs.remove(at: k)
                return result
            }
            if parts.bodyStart < p.count, wire || k == 1 && placeAndDash(p.bytes, parts) {
                let result = make(p, parts, place: nil)
                paragraphs[k] = p.slice(parts.bodyStart, p.count)
                return result
            }
        }
        if let line = header.dateLine, let d = header.date {
            let dl = Dateline(text: line.string, place: header.location?.string ?? header.place, date: d.iso, agency: nil,
                              start: line.start, stop: line.stop)
            return Result(dateline: dl, match: d)
        }
        return Result()
    }

    /// `MANCHESTER, N.H. - At a rally…` under a subtitle: a place of the `Town, Region` form or in
    /// capitals, closed by a dash.
    private static func placeAndDash(_ b: [UInt8], _ parts: DatelineParts) -> Bool {
        guard let r = parts.place, Separators.dash(b, parts.textEnd, attached: true) > 0 else { return false }
        return b[r].contains(0x2C) || !b[r].contains(where: Bytes.isLower) && r.count >= 4
    }

    /// `* Stacy Doe will …`, `• …`, `- …`: a bullet point of a summary.
    private static func isBullet(_ b: [UInt8]) -> Bool {
        guard b.count > 2 else { return false }
        if (b[0] == 0x2A || b[0] == 0x2D) && b[1] == 0x20 { return true }
        return b[0] == 0xE2 && b[1] == 0x80 && b[2] == 0xA2
    }

    private static func strip(_ paragraphs: inout [Piece], _ bodyStart: Int) {
        let rest = paragraphs[0].slice(bodyStart, paragraphs[0].count)
        if rest.isEmpty { paragraphs.removeFirst() } else { paragraphs[0] = rest }
    }

    private static func make(_ p: Piece, _ parts: DatelineParts, place: String?) -> Result {
        func text(_ r: Range<Int>?) -> String? {
            guard let r, !r.isEmpty else { return nil }
            var hi = r.upperBound
            while hi > r.lowerBound, p.bytes[hi - 1] == 0x2C || p.bytes[hi - 1] == 0x20 { hi -= 1 }
            return String(decoding: p.bytes[r.lowerBound..<hi], as: UTF8.self)
        }
        let cut = p.slice(0, parts.textEnd)
        let dl = Dateline(text: cut.string, place: text(parts.place) ?? place, date: parts.date?.iso,
                          agency: text(parts.agency), start: cut.start, stop: cut.stop)
        return Result(dateline: dl, match: parts.date)
    }
}
