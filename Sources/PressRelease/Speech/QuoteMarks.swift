/// Double quotation marks by family. Single marks (‘ ’ ') are never paired: in press releases
/// they are nearly always apostrophes (`Trump’s`) or nested quotes that stay inside the outer one.
/// Two single marks in a row are a typewriter's double mark.
enum QuoteMarks {
    enum Family: UInt8 { case straight, curlyOpen, curlyClose, low, guillemetOpen, guillemetClose }

    /// The mark family and byte width at `i`, or nil.
    @inline(__always)
    static func family(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Family, Int)? {
        let c = b[i]
        if c == 0x22 { return (.straight, 1) }
        // Typewriter doubles: two single marks stand for one double mark ('' ‘‘ ’’).
        if c == 0x27, i + 1 < b.count, b[i + 1] == 0x27 { return (.straight, 2) }
        if c == 0xE2, i + 5 < b.count, b[i + 1] == 0x80, b[i + 3] == 0xE2, b[i + 4] == 0x80, b[i + 2] == b[i + 5] {
            if b[i + 2] == 0x98 { return (.curlyOpen, 6) }
            if b[i + 2] == 0x99 { return (.curlyClose, 6) }
        }
        if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80 {
            switch b[i + 2] {
            case 0x9C: return (.curlyOpen, 3)
            case 0x9D: return (.curlyClose, 3)
            case 0x9E: return (.low, 3)
            default: return nil
            }
        }
        if c == 0xC2, i + 1 < b.count {
            if b[i + 1] == 0xAB { return (.guillemetOpen, 2) }
            if b[i + 1] == 0xBB { return (.guillemetClose, 2) }
        }
        return nil
    }
}

/// One quotation mark of a paragraph with the role its glyph and surroundings suggest.
struct QuoteMark {
    enum Role { case open, close, either }
    var start: Int
    var stop: Int
    var family: QuoteMarks.Family
    var role: Role

    /// Finds every double mark in a paragraph text and classifies it by glyph and flanking bytes.
    static func scan(_ b: UnsafeBufferPointer<UInt8>) -> [QuoteMark] {
        var out: [QuoteMark] = []
        var i = 0
        while i < b.count {
            let c = b[i]
            guard c == 0x22 || c == 0xE2 || c == 0xC2 || c == 0x27, let (fam, w) = QuoteMarks.family(b, i) else { i += 1; continue }
            let leftOpen = i == 0 || isLeftBoundary(b, i)
            let rightOpen = i + w >= b.count || isRightBoundary(b, i + w)
            let nextSpace = i + w >= b.count || ByteClass.spaceWidth(b, i + w) > 0
            var role: Role
            switch fam {
            case .straight:
                if nextSpace { role = .close }
                else if leftOpen && !rightOpen { role = .open }
                else if rightOpen && !leftOpen { role = .close }
                else { role = .either }
            case .curlyOpen, .low, .guillemetOpen:
                // “ used as a closer by mistake: glued to the word before, space after.
                role = (nextSpace && !leftOpen) ? .close : .open
            case .curlyClose, .guillemetClose:
                role = (leftOpen && !rightOpen && i > 0) ? .open : .close
            }
            out.append(QuoteMark(start: i, stop: i + w, family: fam, role: role))
            i += w
        }
        return out
    }

    private static func isLeftBoundary(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        var j = i - 1
        while j > 0 && b[j] >= 0x80 && b[j] < 0xC0 { j -= 1 }
        if ByteClass.spaceWidth(b, j) > 0 || ByteClass.dashWidth(b, j) > 0 { return true }
        if QuoteMarks.family(b, j) != nil { return true }
        switch b[j] {
        case 0x28, 0x5B, 0x7B, 0x3A, 0x3B, 0x2F: return true  // ( [ { : ; /
        default: return false
        }
    }

    private static func isRightBoundary(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        if ByteClass.spaceWidth(b, i) > 0 || ByteClass.dashWidth(b, i) > 0 { return true }
        if QuoteMarks.family(b, i) != nil || ByteClass.apostropheWidth(b, i) > 0 { return true }
        switch b[i] {
        case 0x2C, 0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x7D: return true  // , . ; : ! ? ) ] }
        case 0xE2: return i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0xA6  // …
        default: return false
        }
    }

    /// Whether this mark can close a quote opened by a mark of `family`.
    func closes(_ opener: QuoteMarks.Family) -> Bool {
        guard role != .open else { return false }
        switch (opener, family) {
        case (.guillemetOpen, .guillemetClose): return true
        case (.guillemetOpen, _), (_, .guillemetClose), (_, .guillemetOpen): return false
        default: return true  // straight, curly and low-9 marks mix in real releases
        }
    }
}
