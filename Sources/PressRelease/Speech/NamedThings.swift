/// Capitalised phrases that name things rather than people: days and weeks of observance
/// ("Remembrance Day"), laws and motions ("… Resolution", "… Act"), awards and programmes, and
/// the designators of congressional bills (`H.R.`, `H.Res.`, `S. Con. Res.`).
extension NameParser {

    /// Token `i` is part of a bill designator: a listed form, or the "Con" of "S. Con. Res.".
    func isBillDesignator(_ p: Int, _ i: Int) -> Bool {
        let toks = text.paras[p].tokens, lower = text.paras[p].lower
        guard i >= 0, i < toks.count, toks[i].kind == .word else { return false }
        let w = lower[i]
        // Cheap test first: every designator starts with h, s, r or c and is short.
        guard let f = w.utf8.first, f == 0x68 || f == 0x73 || f == 0x72 || f == 0x63, w.utf8.count <= 9 else { return false }
        // "Con" is a first name too ("Con Sciacca"): a designator only in "Con. Res".
        if w == "con" { return i + 2 < toks.count && toks[i + 1].kind == .punct && toks[i + 1].byte == 0x2E && lower[i + 2] == "res" }
        return language.billDesignators.contains(w)
    }

    /// The name `a...b` (untitled) names a thing: it ends in a thing word, or in a day/week word
    /// after a word the release also writes in lower case ("national days of remembrance") or
    /// that never names anyone (months, places, parties).
    func isNamedThing(_ p: Int, _ a: Int, _ b: Int) -> Bool {
        let toks = text.paras[p].tokens, lower = text.paras[p].lower
        guard a <= b, toks[b].kind == .word else { return false }
        let last = lower[b]
        if language.thingHeads.contains(last) { return true }
        guard a < b else { return false }
        guard language.surnameThingHeads.contains(last) else { return false }
        let words = (a...b).filter { toks[$0].kind == .word }.count
        let before = lower[b - 1]
        return words >= 3 || text.lowerWords.contains(before) || language.notName.contains(before)
            || language.places.contains(before)
    }
}
