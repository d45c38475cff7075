/// What a line in the header zone (before the body) is.
enum HeaderLine: Equatable {
    case label(kind: String)      // PRESS RELEASE, For Immediate Release, MEDIA ADVISORY
    case date(DateMatch)          // a line that is a date (and little else)
    case reference                // AA 04 073, MPS 73/99, 147/79, No. M66, H81/2003
    case noise                    // dots, OCR debris, page furniture
    case letterhead               // issuer lines: `CHRIS BOWEN MP`, `MINISTER FOR IMMIGRATION`
    case contact                  // CONTACT: name, phone
    case text
}

/// Classifies header-zone lines of every source style.
enum HeaderLines {
    static let labels: [(String, String)] = [
        ("joint media release", "press release"), ("joint press release", "press release"), ("media release", "press release"),
        ("press release", "press release"), ("news release", "press release"),
        ("for immediate release", "press release"), ("immediate release", "press release"),
        ("for the press", "press release"), ("for media", "press release"), ("press statement", "statement"),
        ("media advisory", "media advisory"), ("news advisory", "media advisory"), ("advisory", "media advisory"),
        ("joint statement", "statement"), ("media statement", "statement"), ("statement for press", "statement"),
        ("statement", "statement"), ("transcript", "transcript"), ("media alert", "media advisory"),
        ("opinion", "op-ed"), ("op-ed", "op-ed"), ("speech", "speech"), ("check against delivery", "speech"),
    ]
    static let labelBytes: [([UInt8], String)] = labels.map { (Array($0.0.utf8), $0.1) }

    static func classify(_ b: [UInt8]) -> HeaderLine {
        if let kind = label(b) { return .label(kind: kind) }
        if isContact(b) { return .contact }
        if let d = dateLine(b) { return .date(d) }
        if isReference(b) { return .reference }
        if isNoise(b) { return .noise }
        if Letterhead.matches(b) { return .letterhead }
        return .text
    }

    /// A label alone on its line (maybe letter-spaced, maybe with `:` and a date or letterhead after it).
    static func label(_ line: [UInt8]) -> String? {
        guard line.count <= 200 else { return nil }
        var b = line
        // `*** Embargoed until 10.30am ***`, `(PRESS COPY)`
        while let f = b.first, f == 0x2A || f == 0x28 || f == 0x20 || f == 0x5B { b.removeFirst() }
        let key = ByteText.letterKey(b)
        if key == Array("presscopy".utf8) { return "press release" }
        // `E&OE TRANSCRIPT DOORSTOP INTERVIEW HOBART …`: "errors and omissions excepted" opens transcripts
        if ByteText.hasPrefix(b, Array("e&oe".utf8)) { return "transcript" }
        for (phrase, kind) in labelBytes {
            let pk = ByteText.letterKey(phrase)
            if key == pk { return kind }
            // `For Immediate Release: March 1, 2012`, `MEDIA RELEASE Leader of the Opposition`, `Media Release H81/2003 - 20 June 2003`
            if ByteText.hasPrefix(b, phrase), phrase.count >= 12 || kind == "press release" && phrase.count >= 11 {
                return kind
            }
        }
        // an issuer before the label: `NZCTU MEDIA RELEASE`, `Association of Widget Staff - Media Release`
        if b.count <= 60, ByteText.counts(b).words <= 7 {
            for (phrase, kind) in labelBytes where phrase.count >= 12 {
                let pk = ByteText.letterKey(phrase)
                if key.count > pk.count, key.suffix(pk.count).elementsEqual(pk) { return kind }
            }
        }
        // letter-spaced OCR: `N E W S  R E L E A S E …`
        if b.count > 12, b[1] == 0x20, b[3] == 0x20, key.count >= 11 {
            for (phrase, kind) in labelBytes where phrase.count >= 12 {
                let pk = ByteText.letterKey(phrase)
                if key.starts(with: pk) { return kind }
            }
        }
        // `Embargoed until 8.00pm`, `NOT TO BE RELEASED BEFORE 1530 HOURS`
        if ByteText.hasPrefix(b, ByteText.bytes("embargoed")) || ByteText.hasPrefix(b, ByteText.bytes("not to be released")) {
            return "press release"
        }
        return nil
    }

    /// A line whose content is a date, allowing a weekday, `Dated:`, a reference number or a time around it.
    static func dateLine(_ b: [UInt8]) -> DateMatch? {
        guard b.count <= 90, let d = DateParser.find(b, 0, b.count) else { return nil }
        let before = Array(b[0..<d.start]), after = Array(b[DatelineParser.skipTime(b, d.end)...])  // `04 APR 2020 4:36PM by …`
        let bc = ByteText.counts(before), ac = ByteText.counts(after)
        // words around the date must be few: `Dated:`, `Mon,`, `95/48`, `IEA 62/76`, `Portfolio: …` is too much
        guard bc.words <= 2, ac.words <= 3 || (ac.lower == 0 && ac.words <= 8), bc.lower <= 12, ac.lower <= 10 else { return nil }
        return d
    }

    static func isContact(_ b: [UInt8]) -> Bool {
        ByteText.prefix(b, Boilerplates.contactOpeners) != nil
    }

    /// Reference numbers: short, mostly digits and capitals with `/` or spaces: `MPS 73/99`, `H81/2003`, `No. M66`.
    static func isReference(_ b: [UInt8]) -> Bool {
        guard b.count >= 2, b.count <= 24, !b.contains(0x3A) else { return false }   // `9:00 – 11:00` is a time
        let c = ByteText.counts(b)
        guard c.digits >= 2, c.lower <= 2, c.words <= 4 else { return false }
        if ByteText.hasPrefix(b, ByteText.bytes("no")) { return true }
        return b.contains(0x2F) || c.digits + c.upper >= b.count - c.words - 1
    }

    /// OCR debris and page furniture: no run of three letters, or tiny all-symbol lines.
    static func isNoise(_ line: [UInt8]) -> Bool {
        if line.count <= 3 { return true }
        let b = line.count > 240 ? Array(line[0..<240]) : line   // judged on its opening
        var run = 0, best = 0
        for c in b where c & 0xC0 != 0x80 {   // UTF-8 continuation bytes belong to their character
            if isLetterStart(c) { run += 1; best = max(best, run) } else { run = 0 }
        }
        if best < 3 { return true }
        let key = ByteText.letterKey(b)
        let furniture = ["unclassified", "mediacentre", "canberra", "ends", "page1", "in", "cont"]
        if furniture.contains(where: { Array($0.utf8) == key }) { return true }
        // OCR garble and letter-spaced furniture: few letters, or words averaging under two letters
        var letters = 0, other = 0
        for c in b where c != 0x20 && c & 0xC0 != 0x80 { if isLetterStart(c) { letters += 1 } else { other += 1 } }
        let c = ByteText.counts(b)
        if letters * 10 < (letters + other) * 4 { return true }
        return c.words >= 4 && letters < c.words * 2
    }

    /// An ASCII letter, or the lead byte of a character in a block of letters (Latin, Greek,
    /// Cyrillic, Hebrew, Arabic, Indic, CJK, Hangul…): Korean or Russian prose is not debris. `E2`
    /// (punctuation, bullets, symbols) and `EF` (specials) lead no letters.
    @inline(__always) static func isLetterStart(_ c: UInt8) -> Bool {
        Bytes.isLetter(c) || (c >= 0xC3 && c <= 0xDB) || c == 0xE0 || c == 0xE1 || (c >= 0xE3 && c <= 0xED) || c == 0xF0
    }

    /// A fragment that cannot be a headline: it starts in lower case (the tail of a wrapped line).
    static func isFragment(_ b: [UInt8]) -> Bool {
        guard let f = b.first else { return true }
        return Bytes.isLower(f)
    }
}
