/// A name the release gives only in capitals (a shouted headline, `CONGRESSWOMAN BARBARA LEE
/// SECURES …`) is shown in the case names are written in, so that it meets the same person's
/// name from other releases (`Barbara Lee`) in every report; a name with any lower-case letter
/// is the release's own spelling and is kept.
enum ShoutedName {
    static func isShouted(_ name: String) -> Bool {
        var upper = 0
        for b in name.utf8 {
            if b >= 0x61 && b <= 0x7A { return false }
            if b >= 0x41 && b <= 0x5A { upper += 1 }
        }
        return upper > 1
    }

    /// `BARBARA LEE` → `Barbara Lee`, `O'NEILL-SMITH` → `O'Neill-Smith`; `II`, `III`, `IV` stay.
    static func written(_ name: String) -> String {
        name.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            if ["II", "III", "IV", "VI"].contains(word) { return String(word) }
            var out = "", startOfPart = true
            for ch in word {
                out += startOfPart ? String(ch).uppercased() : String(ch).lowercased()
                startOfPart = ch == "-" || ch == "'" || ch == "\u{2019}" || ch == "."
            }
            return out
        }.joined(separator: " ")
    }
}
