/// Issuer lines that open Australian (and some US) releases before the headline:
/// `CHRIS BOWEN MP`, `MINISTER FOR IMMIGRATION AND CITIZENSHIP`, `Senator Andrew Bartlett`,
/// `FROM THE LEADER OF THE OPPOSITION`, `THE HON NICOLA ROXON MP Attorney-General`.
enum Letterhead {
    static let openers: [[UInt8]] = [
        "minister for", "shadow minister", "shadow treasurer", "shadow attorney", "minister assisting",
        "federal member for", "member for", "senator for", "leader of the", "deputy leader", "the hon",
        "hon ", "hon.", "from the", "from'the", "statement by", "press release from", "parliament of",
        "parliament house", "the senate", "house of representatives", "australian democrats",
        "australian greens", "australian labor", "liberal party", "the liberal party", "department of",
        "prime minister", "attorney-general", "treasurer", "patrons:", "media centre",
        "australian democrats press", "commonwealth of", "canberra", "spokesperson for", "foreign minister",
        "dated:", "national party", "the nationals", "senator the hon",
        // agency and office lines of government releases: `Office of Public Affairs`, `Bureau of …`
        "office of", "bureau of", "ministry of", "ministry for", "division of", "u.s. department of", "united states department of",
        "u.s. attorney's office", "u.s. attorney\u{2019}s office", "united states attorney's office",
        "northern district of", "southern district of", "eastern district of", "western district of",
        "middle district of", "central district of",
        "deputy prime minister", "acting minister", "assistant minister", "parliamentary secretary",
        "special minister", "premier of", "statement from", "electorate office", "page 1 of", "abn ",
        "telephone", "facsimile", "phone:", "ph:", "fax:", "www.", "http", "e-mail:", "email:", "media centre",
    ].map { Array($0.utf8) }

    /// Titles that mark an issuer line wherever they stand: `Kerry Nettle, Senator for New South Wales`.
    static let titles: [[UInt8]] = ["senator for", "member for", "minister for", "spokesperson", "parliamentary secretary",
                                    "shadow minister", "parliament house", "leader of the opposition",
                                    "minister assisting"].map { Array($0.utf8) }

    static let addressWords: [[UInt8]] = ["ph:", "fax:", "tel:", "tel.", "phone:", "telephone:", "facsimile:", "p.o. box",
                                          "po box", "gpo box", "postcode"].map { Array($0.utf8) }

    static func matches(_ b: [UInt8]) -> Bool {
        // an office address block: `TAMWORTH OFFICE  SHOP 5, … PH: 02 6761 3080  FAX: …`
        if b.count > 40, b.count <= 600, Contacts.phone(in: b, from: 0) != nil,
           addressWords.contains(where: { ByteText.contains(b, $0) }) {
            return true
        }
        guard b.count <= 260 else { return false }   // issuer lines are short; body paragraphs are not
        if Contacts.email(in: b, from: 0) != nil || ByteText.contains(b, Array("www.".utf8)) { return b.count < 200 }
        if b.count < 220, b.last != 0x2E, titles.contains(where: { ByteText.contains(b, $0) }), !looksLikeSentence(b) {
            return true
        }
        if ByteText.prefix(b, openers) != nil {
            // `Minister welcomes…` is a headline; openers are titles, not sentences
            return !looksLikeSentence(b) && b.count <= 220
        }
        // `CHRIS BOWEN MP`, `Joanna Gash MP Member for Gilmore`, `Robert McClelland MP Federal Member…`
        if hasToken(b, "MP") || hasToken(b, "M.P.") || hasToken(b, "MHR") || hasToken(b, "M.H.R.") {
            // `Acme Party MP Jo Doe wants an inquiry into the conference.` is the lead, not an issuer line
            return b.count < 200 && !(b.last == 0x2E && lowerWords(b) >= 5)
        }
        // `Senator Andrew Bartlett`, `SENATOR JEAN JENKINS`: a title and a name, nothing more
        if ByteText.hasPrefix(b, Array("senator".utf8)) {
            let c = ByteText.counts(b)
            return c.words <= 4 || b.count < 200 && !looksLikeSentence(b)
        }
        return false
    }

    /// Verbs and function words that mark a sentence, as packed lower-case keys (5 bits a letter).
    static let sentenceWords: Set<UInt64> = Set([
        "welcomes", "announces", "says", "calls", "urges", "slams", "rejects", "backs", "visits", "launches",
        "condemns", "responds", "releases", "opens", "meets", "tables", "confirms", "said", "today", "announced",
        "will", "would", "has", "have", "is", "are", "was",
    ].map { key(Array($0.utf8), 0, $0.utf8.count) })

    static func key(_ b: [UInt8], _ from: Int, _ to: Int) -> UInt64 {
        var k: UInt64 = 0
        for i in from..<to { k = k &* 32 &+ UInt64(Bytes.lower(b[i]) & 0x1F) }
        return k
    }

    /// Whether the line reads like a sentence (`Minister welcomes report`, `…, Mr Smith, said today`):
    /// one pass over its words, each looked up by a packed key.
    private static func looksLikeSentence(_ b: [UInt8]) -> Bool {
        // an all-capitals line is a letterhead or a headline, never read as a sentence here
        guard b.contains(where: Bytes.isLower) else { return false }
        var i = 0
        while i < b.count {
            while i < b.count, !Bytes.isLetter(b[i]) { i += 1 }
            let w = i
            while i < b.count, Bytes.isLetter(b[i]) { i += 1 }
            guard i > w else { break }
            if i - w <= 12, sentenceWords.contains(key(b, w, i)) { return true }
        }
        return false
    }

    /// Words that start in lower case: running text has many, issuer and authorisation lines few.
    static func lowerWords(_ b: [UInt8]) -> Int {
        var n = 0
        for i in b.indices where Bytes.isLower(b[i]) && (i == 0 || b[i - 1] == 0x20) { n += 1 }
        return n
    }

    static func hasToken(_ b: [UInt8], _ t: String) -> Bool {
        let tb = Array(t.utf8)
        guard b.count >= tb.count else { return false }
        var i = 0
        while i + tb.count <= b.count {
            if (i == 0 || b[i - 1] == 0x20 || b[i - 1] == 0x2C),
               b[i] == tb[0], (0..<tb.count).allSatisfy({ b[i + $0] == tb[$0] }),
               i + tb.count == b.count || b[i + tb.count] == 0x20 || b[i + tb.count] == 0x2C {
                return true
            }
            i += 1
        }
        return false
    }
}
