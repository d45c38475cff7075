extension Language {
    /// English, the language of the built-in rules (word lists in `Language/English/`).
    public static let english: Language = {
        var l = englishLists
        l.givenNameGender = GivenNames.gender
        return l
    }()

    private static let englishLists = Language(
        titleWords: TitleLexicon.titleWords, titleModifiers: TitleLexicon.modifiers,
        givenNameTitles: TitleLexicon.givenNameTitles, surnameTitles: TitleLexicon.surnameTitles,
        postNominals: TitleLexicon.postNominals, male: TitleLexicon.male, female: TitleLexicon.female,
        nameSuffixes: TitleLexicon.nameSuffixes, particles: TitleLexicon.particles,
        surnameParticles: TitleLexicon.surnameParticles, nationality: TitleLexicon.nationality,
        aliases: TitleLexicon.aliases, nameAbbreviations: NameWords.abbreviations,
        connectors: TitleLexicon.connectors, determiners: TitleLexicon.determiners,
        indefinite: TitleLexicon.indefinite, pronouns: TitleLexicon.pronouns, adverbs: TitleLexicon.adverbs,
        headingFunctionWords: ["of", "for", "and", "the", "on", "at", "to", "&", "in", "a", "an", "with", "from",
                               "by", "as", "into", "vs", "vs.", "or", "over", "about", "after", "before"],
        notName: EntityLexicon.notName, programmes: EntityLexicon.programmes, orgWords: EntityLexicon.orgWords,
        placeWords: EntityLexicon.placeWords, places: EntityLexicon.places,
        placePrefixes: ["new", "south", "north", "east", "west", "saudi", "sri", "united", "great", "hong", "costa",
                        "puerto", "papua", "el", "san", "santa", "sierra", "burkina", "cape", "ivory", "czech", "dominican"],
        thingHeads: NameWords.thingHeads, surnameThingHeads: NameWords.surnameThingHeads,
        billDesignators: NameWords.billDesignators, documents: TitleLexicon.documents,
        notSubjectNext: EntityLexicon.notSubjectNext, openers: EntityLexicon.openers,
        notAcronyms: EntityLexicon.notAcronyms, locatives: EntityLexicon.locatives,
        clauseWords: EntityLexicon.clauseWords, servedBy: EntityLexicon.servedBy, roleWords: EntityLexicon.roleWords,
        neverSurname: NameWords.neverSurname, headlineVerbs: NameWords.headlineVerbs,
        turnLabels: ["q", "a", "question", "answer", "moderator", "interviewer", "journalist", "reporter", "host",
                     "audience", "participant", "operator", "voice", "questioner", "caller", "presenter", "compere"],
        headingLabels: ["topics", "topic", "subjects", "subject", "column", "re", "note", "notes", "background",
                        "contact", "contacts", "ends", "update", "summary", "agenda", "attendees", "location", "venue",
                        "when", "where", "what", "who", "why", "details", "media", "issue", "issues", "keywords", "ref"],
        reportedClauseOpeners: ["that", "regarding", "about", "whether", "concerning", "reports", "if"],
        invertibleCues: ["say", "add", "note", "remark", "state", "explain", "declare", "stress", "emphasise",
                         "emphasize", "argue", "insist", "comment", "observe", "continue", "conclude", "ask",
                         "reply", "respond", "exclaim", "quip", "write", "go on", "sum up", "predict",
                         "according to", "speak", "joke", "boast", "complain", "reiterate", "affirm", "assert",
                         "claim", "warn", "acknowledge", "admit", "confirm", "recall", "tweet", "caution"],
        partialIntroducers: ["is", "was", "are", "were", "be", "been", "being", "as", "it", "them", "him", "her",
                             "called", "termed", "dubbed", "labelled", "labeled", "branded", "described", "remain", "remains"],
        sentenceAdverbSuffixes: ["ually", "ously", "ently", "antly", "ately", "ively", "ially", "ically", "ingly", "nally", "rally"],
        contractionSuffixes: ["n't", "n’t", "'ll", "’ll", "'re", "’re", "'ve", "’ve"],
        gerundSuffix: "ing"
    )
}
