/// The words of one language that the speech and name rules read: titles, entity words,
/// headings, abbreviations, pronouns and morphology, lower-case. Passed into the analyser like
/// the cue lexicon (`SpeechAnalyzer(lexicon:language:)`), so a second language is a second value
/// (start from `Language.english` and replace the lists) rather than a fork of the rules.
public struct Language: Sendable {
    // Titles and names.
    /// Words that can be part of a person's title ("Russian Foreign Minister", "CEO").
    public var titleWords: Set<String> { didSet { wordClassCache = WordClassCache() } }
    /// Title words that only qualify another ("Foreign" Minister): a title needs one more.
    public var titleModifiers: Set<String> { didSet { wordClassCache = WordClassCache() } }
    /// Title words that are also given names ("Bill Cassidy", "Dean Phillips").
    public var givenNameTitles: Set<String> { didSet { wordClassCache = WordClassCache() } }
    /// Title words that are also surnames ("Madeleine Dean", "John Major").
    public var surnameTitles: Set<String> { didSet { wordClassCache = WordClassCache() } }
    /// Letters after a name ("MP", "QC").
    public var postNominals: Set<String> { didSet { wordClassCache = WordClassCache() } }
    /// Titles that tell a person's gender ("Mr", "Congresswoman").
    /// Given names whose gender is clear (`david` → male): which person `he`/`she` can be, when no
    /// title or pronoun told it (never reported as the person's gender).
    public var givenNameGender: [String: Person.Gender] = [:]
    public var male: Set<String> { didSet { wordClassCache = WordClassCache() } }
    public var female: Set<String> { didSet { wordClassCache = WordClassCache() } }
    /// Name suffixes ("Jr", "III", "PhD").
    public var nameSuffixes: Set<String> { didSet { wordClassCache = WordClassCache() } }
    /// Lower-case words inside names ("van", "de", "bin").
    public var particles: Set<String> { didSet { wordClassCache = WordClassCache() } }
    /// Particles that open a surname, so the name carries no given name ("van Dijk").
    public var surnameParticles: Set<String>
    /// Nationality adjective → country ("russian" → "russia"), and title word → equivalents.
    public var nationality: [String: String]
    public var aliases: [String: [String]]
    /// Abbreviations whose full stop stays inside a name phrase ("Mr.", "Sen.", "U.S.").
    public var nameAbbreviations: Set<String> { didSet { wordClassCache = WordClassCache() } }

    // Function words.
    /// Lower-case words that join capitalised words in titles and names ("of", "for", "and").
    public var connectors: Set<String> { didSet { wordClassCache = WordClassCache() } }
    public var determiners: Set<String>
    /// Determiners that introduce somebody unnamed ("a spokesperson").
    public var indefinite: Set<String>
    public var pronouns: Set<String>
    /// Adverbs between a speaker and a cue ("also", "later").
    public var adverbs: Set<String>
    /// Lower-case words a Title Case heading keeps ("On Getting Trump’s Team in Place").
    public var headingFunctionWords: Set<String>

    // Entities.
    /// Capitalised words that never start or make a name (sentence openers, months, parties).
    public var notName: Set<String> { didSet { wordClassCache = WordClassCache() } }
    /// Public programmes named like proper nouns ("Medicare"): neither people nor places.
    public var programmes: Set<String>
    public var orgWords: Set<String> { didSet { wordClassCache = WordClassCache() } }
    public var placeWords: Set<String> { didSet { wordClassCache = WordClassCache() } }
    public var places: Set<String> { didSet { wordClassCache = WordClassCache() } }
    /// First words of multi-word place names whose last word is a known place ("Saudi Arabia").
    public var placePrefixes: Set<String>
    /// Last words that make a capitalised phrase a thing ("… Act", "… Award"), and those that are
    /// also surnames ("Day", "Week").
    public var thingHeads: Set<String>
    public var surnameThingHeads: Set<String>
    /// Designators of legislative bills as the tokenizer splits them ("h.r", "h.res").
    public var billDesignators: Set<String>
    /// Words for documents a person sends ("message", "letter"): "the message said".
    public var documents: Set<String>

    /// Words after a phrase that stop it being a clause subject ("and", "of", "'s").
    public var notSubjectNext: Set<String>
    /// Sentence openers that are not part of an organisation's name ("The", "According").
    public var openers: Set<String>
    /// Words in capitals that are labels of contact blocks and dates, not acronyms (as written).
    public var notAcronyms: Set<String>
    /// Prepositions after which an untitled capitalised phrase is a place ("in Da Nang").
    public var locatives: Set<String>
    /// Words that open a clause inside a role phrase, and words that tie a role to whom it serves.
    public var clauseWords: Set<String>
    public var servedBy: Set<String>
    /// Lower-case role words of an appositive ("owner of Poe's Magic Theatre").
    public var roleWords: Set<String>

    // Headings and transcripts.
    /// Last words no name ends with (months, weekdays, document words).
    public var neverSurname: Set<String> { didSet { wordClassCache = WordClassCache() } }
    /// Headline verbs in Title Case ("… Announces …"): never part of a name.
    public var headlineVerbs: Set<String> { didSet { wordClassCache = WordClassCache() } }
    /// Transcript labels that name no individual (`Q:`, `MODERATOR:`), and heading labels
    /// (`Topics:`, `SUBJECTS:`) that are neither a turn nor a person.
    public var turnLabels: Set<String>
    public var headingLabels: Set<String>

    // Attribution.
    /// Words after which a colon lead-in's names are what the statement is about, not who
    /// makes it ("… regarding reports that Justice Breyer plans to retire:").
    public var reportedClauseOpeners: Set<String>
    /// Cue lemmas that may precede their speaker (`said Jordan`); after others a name is the object.
    public var invertibleCues: Set<String>
    /// Words right before a short quoted phrase that make it the complement of an attributing
    /// clause (`said the bill was "dead on arrival"`).
    public var partialIntroducers: Set<String>

    // Morphology.
    /// Endings of sentence adverbs ("Usually"), of contractions ("doesn’t"), and of gerunds
    /// ("Ensuring") that are never name words.
    public var sentenceAdverbSuffixes: [String]
    public var contractionSuffixes: [String]
    public var gerundSuffix: String

    /// The word-class table of the lists above (`WordClass`), rebuilt when one of them changes.
    var wordClassCache = WordClassCache()
}

extension Language {
    /// A word that makes a title on its own ("Minister", "CEO", "Mr").
    func isHeadTitle(_ w: String) -> Bool { titleWords.contains(w) && !titleModifiers.contains(w) }

    func isHeadlineVerb(_ w: String) -> Bool { headlineVerbs.contains(w) }

    /// A sentence adverb ("Usually", "Additionally"); long enough not to be a name like "Sally".
    func isSentenceAdverb(_ w: String) -> Bool {
        guard w.utf8.count >= 7 else { return false }
        for s in sentenceAdverbSuffixes where w.hasSuffix(s) { return true }
        return false
    }

    /// A contraction ("doesn’t", "we’ll") is never a name word.
    func isContraction(_ w: String) -> Bool {
        for s in contractionSuffixes where w.hasSuffix(s) { return true }
        return false
    }
}
