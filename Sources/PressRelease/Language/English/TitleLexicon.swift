/// Words that make up titles, honorifics and name suffixes, lower-case. Data only.
enum TitleLexicon {
    /// Lower-case words that open a surname ("van Dijk", "de la Cruz", "bin Salman"): a name that
    /// starts with one carries no given name.
    static let surnameParticles: Set<String> = ["van", "von", "de", "del", "della", "der", "den", "di", "da", "du",
                                                 "la", "le", "ter", "ten", "bin", "ibn", "al", "el", "st", "st."]

    /// Words that can be part of a person's title ("Russian Foreign Minister", "CEO").
    static let titleWords: Set<String> = Set([
        "president", "vice", "vice-president", "prime", "minister", "secretary", "senator", "sen",
        "rep", "reps", "representative", "representatives", "congressman", "congresswoman",
        "congressmember", "governor", "gov", "mayor", "commissioner", "chairman", "chairwoman",
        "chair", "chairperson", "chief", "executive", "officer", "ceo", "cfo", "coo", "cto", "cmo",
        "founder", "co-founder", "cofounder", "director", "head", "deputy", "ambassador", "general",
        "gen", "admiral", "judge", "justice", "attorney", "attorney-general", "speaker", "leader",
        "majority", "minority", "whip", "member", "mp", "mep", "dr", "mr", "mrs", "ms", "miss",
        "prof", "professor", "sir", "dame", "lord", "hon", "honourable", "honorable", "rev",
        "reverend", "father", "pope", "king", "queen", "prince", "princess", "sheikh", "chancellor",
        "premier", "treasurer", "adviser", "advisor", "spokesperson", "spokesman", "spokeswoman",
        "manager", "partner", "managing", "assistant", "associate", "shadow", "foreign", "defense",
        "defence", "interior", "state", "affairs", "councillor", "councilman", "councilwoman",
        "delegate", "coordinator", "analyst", "editor", "owner", "artistic", "board", "trustee",
        "superintendent", "sheriff", "commander", "colonel", "col", "captain", "capt", "lieutenant",
        "lt", "sergeant", "sgt", "major", "maj", "inspector", "detective", "dean", "provost",
        "bishop", "archbishop", "cardinal", "rabbi", "imam", "pastor", "senior", "junior",
        "principal", "vp", "svp", "evp", "evangelist", "strategist", "economist", "officials",
        "official", "counsel", "auditor", "comptroller", "administrator", "envoy", "consul",
        "citizenship", "immigration", "finance", "trade", "justice", "health", "education",
        "parliamentary", "federal", "national", "regional", "international", "global", "acting",
        "interim", "former", "incoming", "outgoing", "elect", "co-chair", "cochair", "ranking",
        "u.s", "us", "russian", "american", "ukrainian", "chinese", "french", "german", "british",
        "australian", "polish", "lithuanian", "indian", "japanese", "israeli", "canadian",
        "physician", "nurse", "doctor", "scientist", "researcher", "engineer", "architect",
        "chef", "coach", "author", "artist", "designer", "producer", "host", "agent", "broker",
        "realtor", "lawyer", "consultant", "specialist", "expert", "technician", "operator",
        "therapist", "counselor", "psychologist", "surgeon", "dentist", "pharmacist", "veteran",
        "ministers", "senators", "presidents", "leaders", "members", "mayors", "governors",
        "ceo/founder", "fellow", "scholar", "lecturer", "curator", "campaigner", "chaplain", "phd", "md", "ph.d", "m.d", "esq", "cpa", "mba", "rn", "dds",
    ])

    /// Title words that only qualify another ("Foreign" Minister, "National" …): a title needs
    /// at least one word outside this list.
    static let modifiers: Set<String> = Set([
        "vice", "prime", "executive", "chief", "deputy", "majority", "minority", "senior", "junior",
        "managing", "assistant", "associate", "shadow", "foreign", "defense", "defence", "interior",
        "state", "affairs", "citizenship", "immigration", "finance", "trade", "justice", "health",
        "education", "parliamentary", "federal", "national", "regional", "international", "global",
        "acting", "interim", "former", "incoming", "outgoing", "elect", "ranking", "principal", "board",
        "u.s", "us", "russian", "american", "ukrainian", "chinese", "french", "german", "british",
        "australian", "polish", "lithuanian", "indian", "japanese", "israeli", "canadian", "artistic",
        "general", "major", "private", "head", "member", "officials", "official",
    ])

    /// A word that makes a title on its own ("Minister", "CEO", "Mr").
    static func isHeadTitle(_ w: String) -> Bool { titleWords.contains(w) && !modifiers.contains(w) }

    /// Title and lexicon words that are also given names ("Bill Cassidy", "Dean Phillips"): before
    /// a single surname they are the first name, unless an organisation word precedes them
    /// ("Law School Dean Smith").
    static let givenNameTitles: Set<String> = Set(["bill", "dean", "will", "mark", "grant", "frank", "june", "major", "earl", "pat"])

    /// Title words that are also common surnames ("Madeleine Dean", "Tony Abbott", "John Major").
    static let surnameTitles: Set<String> = Set(["dean", "major", "bishop", "judge", "king", "marshal", "prince",
                                                 "cardinal", "sheriff", "chancellor", "pope", "knight", "page",
                                                 "sergeant", "admiral", "general", "lord", "counsel", "mayor", "chief"])

    /// Letters after a name ("Nicola Roxon MP").
    static let postNominals: Set<String> = Set(["mp", "mep", "mla", "mha", "mlc", "qc", "kc", "sc", "ao", "ac",
                                                "obe", "mbe", "cbe", "phd", "md", "esq", "jr", "sr", "senator"])

    /// Honorifics that tell the gender.
    static let male: Set<String> = Set(["mr", "sir", "lord", "king", "prince", "congressman", "chairman",
                                    "spokesman", "councilman", "father", "he", "him", "his"])
    static let female: Set<String> = Set(["mrs", "ms", "miss", "dame", "queen", "princess", "congresswoman",
                                      "chairwoman", "spokeswoman", "councilwoman", "she", "her"])

    /// Suffixes that belong to the name but are not the surname.
    static let nameSuffixes: Set<String> = Set(["jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "ph.d", "m.d"])

    /// Lower-case particles inside names ("Ursula von der Leyen", "Osama bin Laden").
    static let particles: Set<String> = Set(["von", "van", "der", "de", "da", "del", "della", "di", "du",
                                         "la", "le", "bin", "ibn", "al", "al-", "el", "ter", "den", "dos"])

    /// Lower-case words that may join the words of a title ("Minister for Immigration and Ethnic Affairs").
    static let connectors: Set<String> = Set(["of", "for", "and", "the", "on", "at", "to", "&"])

    static let determiners: Set<String> = Set(["the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "one"])
    static let indefinite: Set<String> = Set(["a", "an", "one"])

    static let pronouns: Set<String> = Set(["he", "she", "they", "i", "we", "him", "her"])

    /// Words between a speaker and the cue that do not end the speaker's phrase.
    static let adverbs: Set<String> = Set(["also", "further", "then", "today", "later", "recently", "previously",
                                       "once", "again", "has", "had", "have", "was", "is", "will", "would",
                                       "had", "earlier", "yesterday", "tonight", "simply", "firmly",
                                       "clearly", "repeatedly", "publicly", "frequently", "often", "further",
                                       "personally", "proudly", "emphatically", "confidently", "optimistically",
                                       "cannot", "can", "could", "may", "might", "did", "does"])

    /// Nouns for texts that speak for their author ("The message reads").
    static let documents: Set<String> = Set(["message", "letter", "statement", "telegram", "address", "greeting",
                                         "greetings", "post", "tweet", "note", "op-ed", "speech"])

    /// Adjectives of nationality → country word found in titles ("Polish" ~ "Poland").
    static let nationality: [String: String] = [
        "polish": "poland", "lithuanian": "lithuania", "ukrainian": "ukraine", "russian": "russia",
        "french": "france", "american": "america", "chinese": "china", "german": "germany",
        "british": "britain", "australian": "australia", "japanese": "japan", "indian": "india",
        "israeli": "israel", "canadian": "canada", "italian": "italy", "spanish": "spain",
        "turkish": "turkey", "belarusian": "belarus", "georgian": "georgia", "moldovan": "moldova",
        "kazakh": "kazakhstan", "hungarian": "hungary", "romanian": "romania", "czech": "czech",
        "finnish": "finland", "swedish": "sweden", "estonian": "estonia", "latvian": "latvia",
    ]

    /// Descriptor head words → title words they stand for ("the head of state" ~ "President").
    static let aliases: [String: [String]] = [
        "state": ["president"], "leader": ["president", "minister", "leader", "head", "chairman", "chair"],
        "lawmaker": ["senator", "rep", "representative", "congressman", "congresswoman", "mp"],
        "congressman": ["rep", "representative", "congressman"], "congresswoman": ["rep", "representative", "congresswoman"],
        "senator": ["sen", "senator"], "executive": ["ceo", "executive", "chief"], "ceo": ["ceo", "chief", "executive"],
        "premier": ["premier", "prime"], "official": ["official", "minister", "secretary", "director", "head"],
    ]
}
