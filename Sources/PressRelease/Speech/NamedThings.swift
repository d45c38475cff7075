/// Capitalised phrases that name things rather than people: days and weeks of observance
/// ("Remembrance Day"), laws and motions ("… Resolution", "… Act"), awards and programmes, and
/// the designators of congressional bills (`H.R.`, `H.Res.`, `S. Con. Res.`).
extension NameParser {
    /// Last words that make a name a thing whatever precedes them.
    static let thingHeads: Set<String> = Set([
        "resolution", "resolutions", "act", "acts", "bill", "amendment", "amendments", "treaty", "accord",
        "declaration", "convention", "strategy", "award", "awards", "prize", "festival", "scheme", "month",
        "anniversary", "charter", "protocol", "memorandum", "manifesto", "summit", "conference", "expo",
        "olympics", "championship", "championships", "games", "tour", "campaign", "challenge",
    ])

    /// Last words that make a thing ("Remembrance Day", "Refugee Week") but are also surnames
    /// ("Bob Day"): a thing only when the word before them is not name-like (see `isNamedThing`).
    static let surnameThingHeads: Set<String> = Set(["day", "week", "year", "night", "eve", "weekend"])

    /// Bill designators of the US Congress as the tokenizer splits them ("H.Res", "S.J.Res", "Res").
    static let billDesignators: Set<String> = Set(["h.r", "h.res", "s.res", "h.j.res", "s.j.res", "h.con.res",
                                                  "s.con.res", "h.con", "s.con", "res", "h.amdt", "s.amdt",
                                                  "hr", "hres", "sres", "hjres", "sjres", "hconres", "sconres"])

    /// Token `i` is part of a bill designator: a listed form, or the "Con" of "S. Con. Res.".
    func isBillDesignator(_ p: Int, _ i: Int) -> Bool {
        let toks = text.paras[p].tokens, lower = text.paras[p].lower
        guard i >= 0, i < toks.count, toks[i].kind == .word else { return false }
        let w = lower[i]
        // Cheap test first: every designator starts with h, s, r or c and is short.
        guard let f = w.utf8.first, f == 0x68 || f == 0x73 || f == 0x72 || f == 0x63, w.utf8.count <= 9 else { return false }
        // "Con" is a first name too ("Con Sciacca"): a designator only in "Con. Res".
        if w == "con" { return i + 2 < toks.count && toks[i + 1].kind == .punct && toks[i + 1].byte == 0x2E && lower[i + 2] == "res" }
        return Self.billDesignators.contains(w)
    }

    /// The name `a...b` (untitled) names a thing: it ends in a thing word, or in a day/week word
    /// after a word the release also writes in lower case ("national days of remembrance") or
    /// that never names anyone (months, places, parties).
    func isNamedThing(_ p: Int, _ a: Int, _ b: Int) -> Bool {
        let toks = text.paras[p].tokens, lower = text.paras[p].lower
        guard a <= b, toks[b].kind == .word else { return false }
        let last = lower[b]
        if Self.thingHeads.contains(last) { return true }
        guard a < b else { return false }
        guard Self.surnameThingHeads.contains(last) else { return false }
        let words = (a...b).filter { toks[$0].kind == .word }.count
        let before = lower[b - 1]
        return words >= 3 || text.lowerWords.contains(before) || EntityLexicon.notName.contains(before)
            || EntityLexicon.places.contains(before)
    }
}
