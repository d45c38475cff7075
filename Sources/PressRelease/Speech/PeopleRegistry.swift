import Foundation

/// A person mention in text order, for pronoun and title resolution.
struct MentionEvent {
    var person: Int
    var para: Int
    var offset: Int
    /// The mention is the subject of its clause ("Kimbal Musk stressed …").
    var subject: Bool
    /// The person is reported as speaking here (subject of a cue, or a quote's speaker).
    var speaking: Bool
}

/// One `Person` per individual: name mentions are merged by surname and first name, and the
/// fullest form wins ("Lavrov" + "Sergey Lavrov" → "Sergey Lavrov").
struct PeopleRegistry {
    /// The two lists of the language the registry reads (not the whole value: the registry is
    /// copied often, and each copy retains what it holds).
    private let nameSuffixes: Set<String>
    private let surnameParticles: Set<String>
    private let givenNameGender: [String: Person.Gender]

    init(language: Language) {
        self.nameSuffixes = language.nameSuffixes
        self.surnameParticles = language.surnameParticles
        self.givenNameGender = language.givenNameGender
    }
    /// Names change only in `register` (which keeps `firstWords` in step); other fields may be set outside.
    var people: [Person] = []
    /// `firstWord` of each person's current name, kept beside `people`: every mention compares
    /// it with up to 64 namesakes, and splitting and lower-casing names each time cost 3%.
    private var firstWords: [String?] = []
    /// Mentions from the entity pass, in text order.
    var events: [MentionEvent] = []
    /// Quote speakers, in text order (noted after their paragraph's entity pass).
    var speakerEvents: [MentionEvent] = []
    /// Last noted position of each person, for ties between equally fitting people.
    var lastSeen: [Int: (Int, Int)] = [:]
    /// Last position where each person was reported speaking.
    var lastSpoke: [Int: (Int, Int)] = [:]
    private var bySurname: [String: [Int]] = [:]
    private var byFirst: [String: [Int]] = [:]
    /// People whose name so far comes only from capitals (shown in name case, see `ShoutedName`):
    /// a later mixed-case spelling of as many words replaces it.
    private var shouted: Set<Int> = []

    /// Registers a person mention (name words lower-cased in `words`) and returns the person index.
    mutating func register(name: String, words: [String], titles: [String], gender: Person.Gender,
                           mention: String, offset: Int) -> Int? {
        let core = words.filter { !nameSuffixes.contains($0) && $0.utf8.count > 1 }
        guard let surname = core.last else { return nil }
        // "Van Dijk" gives no first name: a surname particle opens the surname, not a given name.
        let firstName = core.count > 1 && !surnameParticles.contains(core[0]) ? core.first : nil
        var found: Int? = nil
        if let cands = bySurname[surname] {
            // Same surname: same person unless both give different first names.
            for i in cands.suffix(64).reversed() {  // bounded: the latest namesakes are enough
                let pf = firstWords[i]
                if firstName == nil || pf == nil || pf == firstName { found = i; break }
            }
        }
        if found == nil, core.count == 1, let cands = byFirst[surname], let i = cands.last { found = i }
        if let i = found {
            var p = people[i]
            let known = Self.wordCount(p.name)
            let shouting = shouted.contains(i) && !ShoutedName.isShouted(name)
            if words.count > known || (words.count == known && (shouting || name.utf8.count > p.name.utf8.count && firstName != nil)) {
                p.name = shown(name, i)
                p.surname = surnameDisplay(p.name)
                firstWords[i] = firstWord(p.name)
            }
            // Distinct titles and forms, capped: a person has a handful, hostile text has thousands.
            for t in titles where p.titles.count < 16 && !p.titles.contains(t) { p.titles.append(t) }
            if p.mentions.count < 32, !p.mentions.contains(mention) { p.mentions.append(mention) }
            p.mentionCount += 1
            if p.gender == .unknown { p.gender = gender }
            people[i] = p
            if let f = firstName, byFirst[f]?.last != i { byFirst[f, default: []].append(i) }
            return i
        }
        let i = people.count
        let name = shown(name, i)
        people.append(Person(name: name, surname: surnameDisplay(name), titles: titles, mentions: [mention],
                             mentionCount: 1, gender: gender, firstOffset: offset))
        firstWords.append(firstWord(name))
        bySurname[surname, default: []].append(i)
        if let f = firstName { byFirst[f, default: []].append(i) }
        return i
    }

    /// The name to show for person `i`: a shouted one in name case, remembered as shouted.
    private mutating func shown(_ name: String, _ i: Int) -> String {
        guard ShoutedName.isShouted(name) else { shouted.remove(i); return name }
        shouted.insert(i)
        return ShoutedName.written(name)
    }

    /// A person already known by this single word (surname or first name), most recent first.
    func known(word: String) -> Int? {
        if let i = bySurname[word]?.last { return i }
        return byFirst[word]?.last
    }

    mutating func note(_ e: MentionEvent) {
        events.append(e)
        lastSeen[e.person] = (e.para, e.offset)
        if e.speaking { lastSpoke[e.person] = (e.para, e.offset) }
    }

    mutating func noteSpeaker(_ e: MentionEvent) {
        speakerEvents.append(e)
        lastSeen[e.person] = (e.para, e.offset)
        lastSpoke[e.person] = (e.para, e.offset)
    }

    mutating func addAffiliation(_ i: Int, _ a: String) {
        if people[i].affiliation == nil, !a.isEmpty { people[i].affiliation = a }
    }

    mutating func addMention(_ i: Int, _ m: String) {
        people[i].mentionCount += 1
        if people[i].mentions.count < 32, !people[i].mentions.contains(m) { people[i].mentions.append(m) }
    }

    /// Most recent mention before (para, offset) that fits `gender`, preferring speakers and
    /// subjects; mentions inside quotes are never recorded, so they never compete. Looks at a
    /// bounded number of mentions, so the cost per call is constant.
    func recent(before para: Int, _ offset: Int, gender: Person.Gender, speakingOnly: Bool = false,
                within paragraphs: Int = 6) -> Int? {
        var a = cut(events, para, offset) - 1
        var b = cut(speakerEvents, para, offset) - 1
        var fallback: Int? = nil
        var looked = 0
        while a >= 0 || b >= 0, looked < 400 {
            let takeA = b < 0 || (a >= 0 && !earlier(events[a], speakerEvents[b]))
            let e = takeA ? events[a] : speakerEvents[b]
            if takeA { a -= 1 } else { b -= 1 }
            if para - e.para > paragraphs { break }
            looked += 1
            let g = genderForPronouns(e.person)
            if gender != .unknown, g != .unknown, g != gender { continue }
            if e.speaking || (!speakingOnly && e.subject) { return e.person }
            if fallback == nil { fallback = e.person }
        }
        return speakingOnly ? nil : fallback
    }

    /// The gender the text gives (titles, pronouns), else the one a clear given name suggests
    /// (`David Penny`, `Gillian Gibb`): enough to pass over the wrong person for `she said`, but
    /// not reported as the person's gender, which stays what the text states.
    private func genderForPronouns(_ i: Int) -> Person.Gender {
        let stated = people[i].gender
        guard stated == .unknown, let first = firstWords[i] else { return stated }
        return givenNameGender[first] ?? .unknown
    }

    private func earlier(_ x: MentionEvent, _ y: MentionEvent) -> Bool {
        x.para < y.para || (x.para == y.para && x.offset < y.offset)
    }

    /// Index of the first event at or after (para, offset).
    private func cut(_ list: [MentionEvent], _ para: Int, _ offset: Int) -> Int {
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            let e = list[mid]
            if e.para < para || (e.para == para && e.offset < offset) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    private func firstWord(_ name: String) -> String? {
        if let bytes = Self.plainASCII(name) { return firstWord(ascii: bytes) }
        let parts = name.lowercased().split(separator: " ").map(String.init)
            .filter { !nameSuffixes.contains($0.trimmingPunctuation()) }
        guard parts.count > 1, let first = parts.first, !surnameParticles.contains(first) else { return nil }
        return first
    }

    private func surnameDisplay(_ name: String) -> String {
        if let bytes = Self.plainASCII(name) { return surnameDisplay(ascii: bytes, name) }
        let parts = name.split(separator: " ").map(String.init)
        for part in parts.reversed() {
            let w = part.lowercased().trimmingPunctuation()
            if !nameSuffixes.contains(w) && part.count > 1 { return part.trimmingCommas() }
        }
        return parts.last ?? name
    }

    // Byte paths for names in printable ASCII (almost all): the same results as the String paths
    // above, where splitting into Characters and trimming scalars cost 6% of a quotes run.

    /// The name's bytes when all are printable ASCII (so a byte is a Character and a scalar).
    private static func plainASCII(_ name: String) -> [UInt8]? {
        let bytes = Array(name.utf8)
        for b in bytes where b < 0x20 || b >= 0x7F { return nil }
        return bytes
    }

    /// Words between spaces, as `name.split(separator: " ").count` counts them.
    static func wordCount(_ name: String) -> Int {
        guard let bytes = plainASCII(name) else { return name.split(separator: " ").count }
        return words(bytes).count
    }

    private static func words(_ b: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < b.count {
            while i < b.count, b[i] == 0x20 { i += 1 }
            let s = i
            while i < b.count, b[i] != 0x20 { i += 1 }
            if i > s { out.append(s..<i) }
        }
        return out
    }

    private static func lowered(_ b: [UInt8], _ r: Range<Int>) -> String {
        String(decoding: b[r].map { ByteClass.isUpper($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// `r` without the leading and trailing bytes `drop` accepts.
    private static func trimmed(_ b: [UInt8], _ r: Range<Int>, _ drop: (UInt8) -> Bool) -> Range<Int> {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, drop(b[lo]) { lo += 1 }
        while hi > lo, drop(b[hi - 1]) { hi -= 1 }
        return lo..<hi
    }

    /// ASCII punctuation as `String.trimmingPunctuation` reads it.
    private static func isPunctuation(_ v: UInt8) -> Bool {
        (0x21...0x2F).contains(v) && v != 0x24 && v != 0x2B || (0x3A...0x40).contains(v) && v != 0x3C && v != 0x3D && v != 0x3E
            || (0x5B...0x60).contains(v) && v != 0x5E && v != 0x60 || v == 0x7B || v == 0x7D
    }

    private func isSuffix(_ b: [UInt8], _ r: Range<Int>) -> Bool {
        nameSuffixes.contains(Self.lowered(b, Self.trimmed(b, r, Self.isPunctuation)))
    }

    private func firstWord(ascii b: [UInt8]) -> String? {
        let parts = Self.words(b).filter { !isSuffix(b, $0) }
        guard parts.count > 1 else { return nil }
        let first = Self.lowered(b, parts[0])
        return surnameParticles.contains(first) ? nil : first
    }

    private func surnameDisplay(ascii b: [UInt8], _ name: String) -> String {
        let parts = Self.words(b)
        for part in parts.reversed() where !isSuffix(b, part) && part.count > 1 {
            return String(decoding: b[Self.trimmed(b, part) { $0 == 0x2C }], as: UTF8.self)
        }
        return parts.last.map { String(decoding: b[$0], as: UTF8.self) } ?? name
    }
}
