/// Word lists for telling people, organisations and places apart, lower-case. Data only.
enum EntityLexicon {
    /// Capitalised words that never start or make a name (sentence openers, function words).
    /// ("Jan" is left out: the month abbreviation is also a common given name, Jan Kowalski.)
    static let notName: Set<String> = Set([
        "the", "a", "an", "this", "that", "these", "those", "it", "we", "i", "he", "she", "they", "you",
        "our", "its", "his", "her", "their", "my", "your", "in", "on", "at", "for", "with", "by", "from",
        "to", "as", "and", "but", "or", "if", "when", "while", "after", "before", "since", "during",
        "however", "meanwhile", "also", "today", "yesterday", "tomorrow", "now", "then", "there", "here",
        "according", "speaking", "commenting", "touching", "answering", "assessing", "given", "under",
        "over", "despite", "through", "although", "because", "what", "why", "how", "who", "where",
        "which", "each", "every", "all", "both", "many", "some", "most", "more", "such", "other",
        "another", "further", "furthermore", "moreover", "additionally", "finally", "first", "second",
        "third", "recently", "earlier", "later", "last", "next", "new", "no", "not", "yes", "please",
        "contact", "about", "read", "view", "visit", "media", "press", "release", "statement", "page",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "thank", "thanks", "dear", "let",
        "let's", "do", "does", "did", "is", "are", "was", "were", "be", "will", "would", "can", "could",
        "should", "must", "may", "might", "have", "has", "had", "said", "says", "so", "yet", "still",
        "even", "only", "just", "well", "ok", "okay", "mrs", "mr", "ms", "dr", "hon", "god", "internet",
        "covid-19", "covid", "coronavirus", "christmas", "easter", "inc", "ltd", "llc", "corp", "co",
        "subscribe", "follow", "share", "print", "email", "photo", "photos", "video", "videos", "watch",
        "click", "learn", "find", "join", "register", "download", "ends", "pickup", "tldr", "forward-looking",
        "democrats", "republicans", "democrat", "republican", "labor", "liberal", "coalition", "greens",
        "government", "congress", "parliament", "senate", "house", "committee", "act", "bill", "program",
        "programme", "project", "fund", "plan", "report", "council", "commission", "department",
        "ministry", "office", "agency", "court", "state", "states", "united", "federal", "national",
        "international", "global", "world", "european", "union", "republic", "federation", "kingdom",
        "ukraine", "russia", "america", "china", "europe", "asia", "africa", "australia", "australian",
        "american", "russian", "ukrainian", "chinese", "u.s", "us", "usa", "uk", "eu", "un", "nato",
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
        "ai", "ceo", "ai-powered", "ai-driven", "criticising", "criticizing", "commenting", "responding",
        "referring", "addressing", "noting", "discussing", "following", "announcing", "explaining",
        "describing", "welcoming", "reacting", "including", "regarding", "concerning", "considering",
        "information", "enquiries", "inquiries", "phone", "tel", "fax", "mobile", "electorate",
        "authorised", "authorized", "toll", "free", "mail", "po", "box", "full", "happy", "dear",
        "therefore", "thus", "hence", "indeed", "certainly", "of course", "good", "colleagues", "friends",
        "asked", "told", "added", "noted", "said", "stressed", "urged", "warned", "meanwhile",
        "congratulations", "en", "route", "aboard", "transcript",
    ])

    /// Public programmes and schemes named like proper nouns: neither people nor places.
    static let programmes: Set<String> = Set([
        "medicare", "medicaid", "obamacare", "tricare", "medigap", "medi-cal", "centrelink", "jobkeeper",
        "jobseeker", "newstart", "pharmac", "kiwisaver", "erasmus", "horizon", "amtrak", "snap", "chip",
    ])

    /// Words that make a capitalised phrase an organisation.
    static let orgWords: Set<String> = Set([
        "inc", "inc.", "corp", "corporation", "company", "co", "ltd", "llc", "llp", "plc", "gmbh", "ag",
        "group", "holdings", "partners", "capital", "ventures", "bank", "fund", "foundation",
        "institute", "university", "college", "school", "academy", "association", "society", "council",
        "committee", "subcommittee", "commission", "department", "ministry", "agency", "administration",
        "authority", "bureau", "office", "service", "services", "board", "court", "parliament",
        "senate", "house", "congress", "assembly", "government", "party", "union", "federation",
        "organization", "organisation", "cooperation", "network", "alliance", "coalition", "center",
        "centre", "hospital", "clinic", "church", "museum", "library", "theatre", "theater", "records",
        "media", "news", "press", "times", "post", "journal", "magazine", "radio", "tv", "television",
        "solutions", "technologies", "technology", "systems", "software", "labs", "laboratories",
        "pharmaceuticals", "therapeutics", "industries", "enterprises", "international", "global",
        "trust", "exchange", "forum", "summit", "club", "team", "league", "airlines", "motors",
        "energy", "brands", "studios", "consulting", "management", "marketing", "group's", "cross",
        "guard", "army", "navy", "police", "force", "forces", "wire", "newswire", "mediawire",
        "caucus", "program", "programme", "initiative", "project", "task", "nations", "brigade",
    ])

    /// Words that make a capitalised phrase a place.
    static let placeWords: Set<String> = Set([
        "island", "islands", "river", "lake", "mountain", "mountains", "valley", "bay", "sea", "ocean",
        "county", "city", "town", "village", "region", "province", "district", "state", "street",
        "boulevard", "avenue", "road", "park", "beach", "harbor", "harbour", "reef", "coast", "peninsula",
        "territory", "oblast", "krai", "parkway", "highway", "square", "bridge",
    ])

    /// Countries, regions and cities common in press releases.
    static let places: Set<String> = Set([
        "afghanistan", "africa", "albania", "algeria", "america", "argentina", "armenia", "asia",
        "australia", "austria", "azerbaijan", "bangladesh", "belarus", "belgium", "brazil", "britain",
        "bulgaria", "cambodia", "canada", "chile", "china", "colombia", "croatia", "cuba", "cyprus",
        "czechia", "denmark", "egypt", "england", "estonia", "ethiopia", "europe", "finland", "france",
        "georgia", "germany", "greece", "hungary", "india", "indonesia", "iran", "iraq", "ireland",
        "israel", "italy", "japan", "jordan", "kazakhstan", "kenya", "korea", "kosovo", "kyrgyzstan",
        "laos", "latvia", "lebanon", "libya", "lithuania", "malaysia", "mexico", "moldova", "mongolia",
        "morocco", "myanmar", "nauru", "nepal", "netherlands", "nigeria", "norway", "pakistan",
        "palestine", "peru", "philippines", "poland", "portugal", "qatar", "romania", "russia",
        "scotland", "serbia", "singapore", "slovakia", "slovenia", "somalia", "spain", "sudan",
        "sweden", "switzerland", "syria", "taiwan", "tajikistan", "thailand", "turkey", "turkmenistan",
        "uganda", "ukraine", "uzbekistan", "venezuela", "vietnam", "wales", "yemen", "zimbabwe",
        "crimea", "donbas", "donbass", "mariupol", "kyiv", "kiev", "kharkiv", "odesa", "lviv", "moscow",
        "beijing", "washington", "london", "paris", "berlin", "brussels", "tokyo", "canberra",
        "sydney", "melbourne", "brisbane", "perth", "adelaide", "darwin", "hobart", "queensland",
        "victoria", "tasmania", "alabama", "alaska", "arizona", "arkansas", "california", "colorado",
        "connecticut", "delaware", "florida", "hawaii", "idaho", "illinois", "indiana", "iowa",
        "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
        "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "ohio", "oklahoma",
        "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont", "virginia", "wisconsin",
        "wyoming", "baltimore", "chicago", "houston", "dallas", "miami", "atlanta", "boston",
        "seattle", "denver", "nashville", "sochi", "minsk", "warsaw", "vilnius", "davos", "hamburg",
        "geneva", "vienna", "rome", "madrid", "toronto", "vancouver", "singapore", "dubai", "manila",
        "jakarta", "hanoi", "seoul", "bucha", "irpin", "sevastopol", "belgorod", "kherson", "donetsk",
        "luhansk", "syria", "afghanistan", "iraq", "libya", "zealand", "arabia", "lanka", "wellington", "auckland",
        "christchurch", "colombo", "delhi", "ottawa", "dublin", "edinburgh", "cardiff", "belfast",
    ])

    static let notSubjectNext: Set<String> = Set(["and", "or", "of", "for", "to", "in", "on", "at", "with", "by",
                                                 "from", "the", "a", "an", "as", "is", "was", "'s"])

    /// Sentence openers that are not part of an organisation's name ("The", "According").
    static let openers: Set<String> = Set(["the", "a", "an", "this", "that", "these", "in", "on", "at", "for",
                                          "with", "by", "from", "as", "and", "but", "however", "meanwhile",
                                          "today", "also", "under", "through", "according", "both", "while"])

    /// Words in capitals that are labels of contact blocks and dates, not acronyms.
    static let notAcronyms: Set<String> = Set(["PH", "FAX", "TEL", "MOB", "EMAIL", "WEB", "MP", "MPS", "HERE",
                                              "JUNE", "JULY", "MAY", "MARCH", "APRIL", "LABOR", "NEWS", "MEDIA",
                                              "RELEASE", "PRESS", "END", "ENDS", "AM", "PM", "TV", "USA", "NSW",
                                              "ACT", "QLD", "VIC", "WA", "SA", "NT", "TAS", "CEO", "CFO", "COO", "CTO"])

    /// Prepositions after which an untitled capitalised phrase is a place ("in Da Nang").
    static let locatives: Set<String> = Set(["in", "at", "from", "near", "across", "throughout", "outside"])

    /// Lower-case words that start a new clause: past them the phrase no longer describes the speaker.
    static let clauseWords: Set<String> = Set(["who", "whom", "whose", "which", "that", "when", "while", "after",
                                              "before", "because", "since", "but", "if", "where", "as", "he",
                                              "she", "they", "it", "we", "i", "you", "this", "these", "those"])

    /// Prepositions that make the following name the one a role serves, not its holder.
    static let servedBy: Set<String> = Set(["for", "of", "to", "with", "at", "from", "by", "on", "behalf"])

    /// Lower-case role words of an appositive ("owner of Poe's Magic Theatre").
    static let roleWords: Set<String> = ["owner", "founder", "co-founder", "head", "president", "chair"]
}
