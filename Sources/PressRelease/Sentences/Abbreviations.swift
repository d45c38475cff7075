/// Words whose trailing period rarely ends a sentence. Strong ones never end it before a capital
/// (`Mr. Smith`, `Sen. Jones`); weak ones end it only before a typical sentence opener
/// (`… Acme Inc. The company …`, `… in the U.S. It …`).
enum Abbreviations {
    static let strong: Set<[UInt8]> = Set([
        "mr", "mrs", "ms", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "govs", "lt", "gen", "col", "capt",
        "sgt", "cpl", "adm", "maj", "hon", "rev", "fr", "st", "mt", "ft", "pres", "supt", "insp", "det", "messrs",
        "amb", "cmdr", "atty", "vs", "v", "viz", "approx", "cf", "nos", "vol", "pp", "art", "sec", "ch", "fig",
        "ave", "blvd", "rd", "gens", "lieut", "brig", "cmdt", "rt", "sr", "jr", "dept", "est", "no", "op", "ed",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "univ", "assn", "mass",
        "calif", "conn", "fla", "ill", "wash", "penn", "tenn", "ariz", "colo", "minn", "okla", "wis", "mich", "ga",
        "res", "con", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "govt", "cllr", "cr",
    ].map { Array($0.utf8) })

    static let weak: Set<[UInt8]> = Set([
        "inc", "ltd", "corp", "co", "llc", "plc", "bros", "etc", "al", "pty", "ag", "sa", "nv", "gmbh", "jr", "sr",
    ].map { Array($0.utf8) })

    /// Capitalised words that typically open a sentence.
    static let openers: Set<[UInt8]> = Set([
        "the", "this", "that", "these", "those", "it", "its", "in", "he", "she", "we", "they", "i", "our", "his",
        "her", "a", "an", "but", "and", "for", "with", "as", "at", "on", "by", "today", "there", "their", "what",
        "when", "if", "after", "while", "according", "meanwhile", "however", "since", "also", "to", "you", "my",
        "more", "both", "each", "all", "some", "many", "one", "now", "so", "yet", "under", "during", "last", "next",
    ].map { Array($0.utf8) })
}
