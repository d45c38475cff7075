extension Language {
    /// English, the language of the built-in rules.
    public static let english = Language(
        reportedClauseOpeners: ["that", "regarding", "about", "whether", "concerning", "reports", "if"],
        headingFunctionWords: ["of", "for", "and", "the", "on", "at", "to", "&", "in", "a", "an", "with", "from",
                               "by", "as", "into", "vs", "vs.", "or", "over", "about", "after", "before"],
        invertibleCues: ["say", "add", "note", "remark", "state", "explain", "declare", "stress", "emphasise",
                         "emphasize", "argue", "insist", "comment", "observe", "continue", "conclude", "ask",
                         "reply", "respond", "exclaim", "quip", "write", "go on", "sum up", "predict",
                         "according to", "speak", "joke", "boast", "complain", "reiterate", "affirm", "assert",
                         "claim", "warn", "acknowledge", "admit", "confirm", "recall", "tweet", "caution"],
        turnLabels: ["q", "a", "question", "answer", "moderator", "interviewer", "journalist", "reporter", "host",
                     "audience", "participant", "operator", "voice", "questioner", "caller", "presenter", "compere"],
        headingLabels: ["topics", "topic", "subjects", "subject", "column", "re", "note", "notes", "background",
                        "contact", "contacts", "ends", "update", "summary", "agenda", "attendees", "location", "venue",
                        "when", "where", "what", "who", "why", "details", "media", "issue", "issues", "keywords", "ref"],
        placePrefixes: ["new", "south", "north", "east", "west", "saudi", "sri", "united", "great", "hong", "costa",
                        "puerto", "papua", "el", "san", "santa", "sierra", "burkina", "cape", "ivory", "czech", "dominican"],
        partialIntroducers: ["is", "was", "are", "were", "be", "been", "being", "as", "it", "them", "him", "her",
                             "called", "termed", "dubbed", "labelled", "labeled", "branded", "described", "remain", "remains"]
    )
}
