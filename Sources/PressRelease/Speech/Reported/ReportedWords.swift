/// Word lists of reported speech. The reporting verbs are the speech-cue lexicon (`CueLexicon`,
/// which Lua extends with `pr.cues.add`) plus the belief and claim verbs below, which introduce
/// reported content but rarely a quote.
enum ReportedWords {
    /// Extra reporting verbs for reported speech only (lemma, irregular forms).
    static let beliefVerbs: [(String, [String])] = [
        ("believe", []), ("think", ["thought", "thinks", "thinking"]), ("feel", ["felt", "feels", "feeling"]),
        ("expect", []), ("hope", []), ("fear", []), ("suspect", []), ("contend", []), ("maintain", []),
        ("allege", []), ("suggest", []), ("deny", []), ("estimate", []), ("propose", []),
        ("recommend", []), ("indicate", []), ("report", []), ("reveal", []), ("concede", []),
        ("agree", []), ("disclose", []), ("acknowledge", []), ("signal", ["signaled", "signalled", "signals", "signaling", "signalling"]),
        ("promise", []), ("pledge", []), ("vow", []), ("threaten", []), ("demand", []), ("accuse", []),
        ("charge", []), ("counter", []), ("testify", []), ("inform", []), ("assure", []), ("remind", []),
        ("conclude", []), ("predict", []), ("forecast", []), ("hint", []), ("imply", []), ("worry", []),
        ("doubt", []), ("guarantee", []), ("project", []), ("calculate", []), ("find", ["found", "finds", "finding"]),
        ("show", ["shown", "showed", "shows", "showing"]), ("know", ["knew", "known", "knows", "knowing"]),
        ("understand", ["understood", "understands", "understanding"]), ("recognize", []), ("recognise", []),
        ("tell", ["told", "tells", "telling"]), ("say", ["said", "says", "saying"]), ("announce", []),
        ("acknowledge", []), ("complain", []), ("caution", []), ("speculate", []), ("posit", []),
        ("assume", []), ("question", []), ("dispute", []), ("reject", []), ("protest", []),
        ("explain", []), ("describe", []), ("characterize", []), ("label", []), ("dismiss", []),
        ("brag", ["bragged", "brags", "bragging"]), ("lament", []), ("concur", ["concurred", "concurs", "concurring"]),
        ("respond", []), ("retort", []), ("reply", []), ("write", ["wrote", "written", "writes", "writing"]),
        ("talk", []), ("speak", ["spoke", "spoken", "speaks", "speaking"]), ("discuss", []),
        ("order", []), ("urge", []), ("call for", []), ("push for", []), ("call on", []),
        ("criticize", []), ("criticise", []), ("endorse", []), ("defend", []), ("support", []),
        ("back", []), ("oppose", []), ("seek", ["sought", "seeks", "seeking"]), ("offer", []), ("cite", []),
        ("express", []), ("refer", ["referred", "refers", "referring"]), ("point", []), ("denounce", []),
        ("blame", []), ("attack", []), ("tout", []), ("applaud", []), ("condemn", []), ("welcome", []),
        ("decline", []), ("refuse", []), ("want", []), ("plan", ["planned", "plans", "planning"]),
        ("praise", []), ("press", []), ("direct", []), ("encourage", []), ("implore", []), ("pressure", []),
        ("request", []), ("instruct", []), ("advise", []), ("challenge", []), ("invite", []), ("persuade", []),
    ]

    /// Speech acts whose content is an infinitive after their listener: `asked states in June to
    /// turn over …`, `pressed Japan to lower …`, `urged Conyers to …`.
    static let objectToVerbs: Set<String> = ["urge", "ask", "call on", "press", "order", "tell", "warn", "remind",
                                             "encourage", "implore", "direct", "pressure", "request", "instruct",
                                             "advise", "challenge", "invite", "persuade", "push"]

    /// Of those, the ones that report nothing without that infinitive (`pressed ahead`, `the
    /// press`, `directed by`).
    static let objectToOnly: Set<String> = ["press", "direct", "encourage", "implore", "pressure", "request",
                                            "instruct", "advise", "challenge", "invite", "persuade"]

    /// Cue lemmas that introduce quotes but not reported content ("read", "put", "share" a quote).
    static let notReporting: Set<String> = ["read", "put", "share", "go on", "continue",
                                            "highlight", "call", "comment", "quip", "joke", "exclaim", "tweet",
                                            "underline", "mention", "remark", "sum up", "recall", "observe"]

    /// Verbs whose object is the listener: `told reporters (that) …`.
    static let listenerVerbs: Set<String> = ["tell", "inform", "assure", "remind", "warn", "caution", "notify",
                                             "urge", "accuse", "ask", "order", "promise", "brief"]

    /// Verbs whose content may be a noun phrase after `of`/`about`/`on`: `warned of …`.
    static let prepositionVerbs: [String: Set<String>] = [
        "warn": ["of", "about", "against", "that"], "caution": ["against", "about", "that"],
        "speak": ["of", "about"], "talk": ["about"], "complain": ["about", "of"], "boast": ["about", "of"],
        "brag": ["about", "of"], "testify": ["about", "that"], "accuse": ["of"], "charge": ["with"],
        "call for": [], "push for": [], "call on": [], "urge": [], "demand": [], "discuss": [],
        // Stances whose content is their object (PolNeAR train: `criticized Clinton's record`).
        "criticize": [], "criticise": [], "endorse": [], "defend": [], "praise": [], "support": [],
        "back": [], "oppose": [], "propose": [], "seek": [], "offer": [], "cite": [], "express": [],
        "reject": [], "question": [], "refer": ["to"], "point": ["to"], "denounce": [], "dismiss": [],
        "blame": [], "attack": [], "tout": [], "applaud": [], "condemn": [], "welcome": [],
        // Findings and announcements: `polls show Clinton ahead`, `announced his candidacy`.
        "show": [], "find": [], "reveal": [], "announce": [], "report": [], "confirm": [], "deny": [],
        "predict": [], "recommend": [], "acknowledge": [], "dispute": [], "describe": [],
        "ask": ["about", "for", "if", "whether"],
    ]

    /// Heads of non-person sources that speak: `the emails show`, `recent polling shows`.
    static let documentHeads: Set<String> = ["polling", "evidence", "research", "reporting", "data", "video",
                                             "footage", "testimony", "record", "email", "e-mail", "tweet",
                                             "post", "ad", "advertisement", "memo", "survey", "census", "audit",
                                             "review", "ruling", "decision", "order", "lawsuit", "complaint",
                                             "book", "article", "story", "editorial", "column", "platform"]

    /// Words after which a clause begins: a reporting verb followed by one of them takes a clause.
    static let clauseStarts: Set<String> = ["he", "she", "it", "they", "we", "i", "you", "there", "this", "these",
                                            "those", "the", "a", "an", "his", "her", "their", "its", "our", "my",
                                            "your", "no", "none", "all", "most", "some", "many", "more", "much",
                                            "any", "every", "each", "both", "neither", "either", "one", "nobody",
                                            "nothing", "if", "whether", "what", "why", "how", "when", "where",
                                            "who", "which", "not", "only", "such", "other", "another", "several",
                                            "few", "less", "that", "once", "while", "because", "as", "unless",
                                            "even", "although", "though", "after", "before", "without", "despite",
                                            "since", "until", "under", "in", "at", "by", "with", "for", "from",
                                            "over", "on", "during", "among", "amid"]

    /// Words that never open a `that`-less clause after a reporting verb: prepositions, adverbs of
    /// manner, and answers (`said so`, `said goodbye`).
    static let notClauseStarts: Set<String> = ["to", "of", "about", "so", "yes", "goodbye", "hello", "thanks",
                                               "something", "anything", "little",
                                               "against", "into", "onto", "toward", "towards", "up", "down", "out",
                                               "off", "back", "away", "forward", "through", "via", "per", "than",
                                               "instead", "otherwise", "and", "or", "but", "nor", "like"]

    /// Finite-verb words: a complement without `that` needs one to be a clause.
    static let finiteWords: Set<String> = ["is", "are", "was", "were", "will", "would", "could", "should", "can",
                                           "may", "might", "must", "has", "have", "had", "did", "does", "do",
                                           "won't", "wouldn't", "can't", "couldn't", "isn't", "aren't", "wasn't",
                                           "weren't", "didn't", "doesn't", "don't", "hasn't", "haven't", "shall",
                                           "cannot", "needs", "wants", "remains", "remain", "plans", "intends"]

    /// Words skipped between a source and its verb: `has long said`, `did not deny`.
    static let auxiliaries: Set<String> = ["has", "have", "had", "was", "is", "are", "were", "will", "would",
                                           "also", "again", "repeatedly", "long", "often", "previously", "recently",
                                           "then", "later", "earlier", "publicly", "privately", "reportedly",
                                           "already", "still", "never", "not", "did", "does", "do", "could",
                                           "can", "may", "might", "should", "must", "once", "further", "even",
                                           "now", "has also", "flatly", "firmly", "strongly", "openly",
                                           "separately", "initially", "first", "last", "just", "widely",
                                           "generally", "frequently", "clearly", "explicitly", "specifically",
                                           "directly", "personally", "falsely", "wrongly", "correctly", "been", "being"]

    /// Time and manner words skipped right after a verb: `said Monday that`, `said in a statement`.
    static let afterVerb: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                         "sunday", "today", "yesterday", "tonight", "recently", "earlier",
                                         "later", "repeatedly", "again", "also", "previously", "publicly",
                                         "privately", "flatly", "firmly", "last", "this", "week", "month",
                                         "year", "night", "morning", "afternoon", "evening", "on", "in", "at",
                                         "during", "privately", "separately", "explicitly", "emphatically"]

    /// Forms of `be` that make a progressive of the `-ing` verb after them.
    static let progressiveBe: Set<String> = ["is", "are", "was", "were", "been", "be", "'s", "’s", "'re", "’re", "am"]

    /// Noun heads for organisations speaking: `the ministry said`.
    static let organizationHeads: Set<String> = ["ministry", "department", "company", "office", "government",
                                                 "agency", "committee", "council", "police", "court", "commission",
                                                 "campaign", "administration", "party", "union", "board", "bureau",
                                                 "embassy", "firm", "group", "organization", "organisation",
                                                 "institute", "university", "association", "coalition", "center",
                                                 "centre", "service", "authority", "authorities", "house", "senate",
                                                 "congress", "parliament", "kremlin", "pentagon", "fund", "bank",
                                                 "corporation", "foundation", "network", "team", "staff", "secretariat",
                                                 "court", "cabinet", "delegation", "panel", "statement", "report",
                                                 "study", "survey", "poll", "data", "figures", "research", "analysis",
                                                 "release", "filing", "document", "letter", "memo", "website"]

    /// Noun heads for groups: `officials said`, `critics argue`.
    static let groupHeads: Set<String> = ["officials", "experts", "analysts", "critics", "lawmakers", "sources",
                                          "democrats", "republicans", "leaders", "members", "residents", "observers",
                                          "scientists", "researchers", "economists", "supporters", "opponents",
                                          "advocates", "activists", "investigators", "prosecutors", "aides",
                                          "people", "voters", "americans", "others", "many", "some", "both",
                                          "we", "they", "us", "conservatives", "liberals", "senators", "diplomats",
                                          "executives", "doctors", "authorities", "police", "allies", "advisers",
                                          "advisors", "staffers", "spokespeople", "parties", "participants"]

    /// Nouns whose `is that` clause is content: `X's view is that …`.
    static let viewNouns: Set<String> = ["view", "position", "belief", "argument", "contention", "assessment",
                                         "claim", "message", "point", "conclusion", "opinion", "stance", "hope",
                                         "concern", "fear", "worry", "expectation", "understanding", "sense"]
}
