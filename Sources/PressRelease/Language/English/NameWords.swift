/// English words for reading names: headings and headline verbs beside names, names of things,
/// bill designators and abbreviations, lower-case. Data only (see `Language.english`).
enum NameWords {
    /// Last words no name ends with (months that are not also names, weekdays, document words).
    static let neverSurname: Set<String> = Set([
        "january", "february", "april", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "statement",
        "statements", "release", "remarks", "today", "yesterday", "tomorrow", "update", "says", "said",
    ])

    /// Headline verbs in Title Case ("Van Drew Announces Unprecedented …"): never part of a name.
    static let headlineVerbs: Set<String> = Set([
        "announces", "introduces", "unveils", "launches", "joins", "slams", "blasts", "releases", "urges",
        "applauds", "welcomes", "secures", "calls", "demands", "praises", "condemns", "celebrates", "hosts",
        "leads", "votes", "signs", "delivers", "receives", "awards", "honors", "honours", "highlights",
        "introduce", "announce", "statement", "questions", "presses", "warns", "backs", "supports",
        "reintroduces", "cosponsors", "co-sponsors", "pushes", "visits", "meets", "tours", "named", "appointed",
        "issues",  // "Sen. Doe Issues Statement on …"
    ])

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

    /// Abbreviations whose full stop stays inside a name phrase.
    static let abbreviations: Set<String> = Set(["mr", "mrs", "ms", "dr", "rep", "sen", "gov", "st", "jr",
                                                 "sr", "u.s", "prof", "hon", "gen", "col", "lt", "capt",
                                                 "sgt", "rev", "ph.d", "m.d", "inc", "co", "corp", "ltd", "mt", "ft"])
}
