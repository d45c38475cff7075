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
    var people: [Person] = []
    var events: [MentionEvent] = []
    private var bySurname: [String: [Int]] = [:]
    private var byFirst: [String: [Int]] = [:]

    /// Registers a person mention (name words lower-cased in `words`) and returns the person index.
    mutating func register(name: String, words: [String], titles: [String], gender: Person.Gender,
                           mention: String, offset: Int) -> Int? {
        let core = words.filter { !TitleLexicon.nameSuffixes.contains($0) && $0.utf8.count > 1 }
        guard let surname = core.last else { return nil }
        let firstName = core.count > 1 ? core.first : nil
        var found: Int? = nil
        if let cands = bySurname[surname] {
            // Same surname: same person unless both give different first names.
            for i in cands.reversed() {
                let pf = firstWord(people[i])
                if firstName == nil || pf == nil || pf == firstName { found = i; break }
            }
        }
        if found == nil, core.count == 1, let cands = byFirst[surname], let i = cands.last { found = i }
        if let i = found {
            var p = people[i]
            let known = p.name.split(separator: " ").count
            if words.count > known || (words.count == known && name.utf8.count > p.name.utf8.count && firstName != nil) {
                p.name = name
            }
            for t in titles where !p.titles.contains(t) { p.titles.append(t) }
            if !p.mentions.contains(mention) { p.mentions.append(mention) }
            p.mentionCount += 1
            if p.gender == .unknown { p.gender = gender }
            people[i] = p
            if let f = firstName, byFirst[f]?.contains(i) != true { byFirst[f, default: []].append(i) }
            return i
        }
        let i = people.count
        let display = words.count == 1 ? name : name
        people.append(Person(name: display, surname: surnameDisplay(name), titles: titles, mentions: [mention],
                             mentionCount: 1, gender: gender, firstOffset: offset))
        bySurname[surname, default: []].append(i)
        if let f = firstName { byFirst[f, default: []].append(i) }
        return i
    }

    /// A person already known by this single word (surname or first name), most recent first.
    func known(word: String) -> Int? {
        if let i = bySurname[word]?.last { return i }
        return byFirst[word]?.last
    }

    mutating func note(_ e: MentionEvent) { events.append(e) }

    mutating func addAffiliation(_ i: Int, _ a: String) {
        if people[i].affiliation == nil, !a.isEmpty { people[i].affiliation = a }
    }

    mutating func addMention(_ i: Int, _ m: String) {
        people[i].mentionCount += 1
        if !people[i].mentions.contains(m) { people[i].mentions.append(m) }
    }

    /// Most recent mention before (para, offset) that fits `gender`, preferring speakers and
    /// subjects; mentions inside quotes are never recorded, so they never compete.
    func recent(before para: Int, _ offset: Int, gender: Person.Gender, speakingOnly: Bool = false,
                within paragraphs: Int = 6) -> Int? {
        var best: Int? = nil
        var k = events.count - 1
        var looked = 0
        while k >= 0, looked < 400 {
            let e = events[k]
            k -= 1
            if e.para > para || (e.para == para && e.offset >= offset) { continue }
            if para - e.para > paragraphs { break }
            looked += 1
            let g = people[e.person].gender
            if gender != .unknown, g != .unknown, g != gender { continue }
            if speakingOnly { if e.speaking { return e.person } else { continue } }
            if e.subject || e.speaking { return e.person }
            if best == nil { best = e.person }
        }
        return best
    }

    private func firstWord(_ p: Person) -> String? {
        let parts = p.name.lowercased().split(separator: " ").map(String.init)
            .filter { !TitleLexicon.nameSuffixes.contains($0.trimmingCharacters(in: .punctuationCharacters)) }
        return parts.count > 1 ? parts.first : nil
    }

    private func surnameDisplay(_ name: String) -> String {
        let parts = name.split(separator: " ").map(String.init)
        for part in parts.reversed() {
            let w = part.lowercased().trimmingCharacters(in: .punctuationCharacters)
            if !TitleLexicon.nameSuffixes.contains(w) && part.count > 1 { return part.trimmingCharacters(in: .init(charactersIn: ",")) }
        }
        return parts.last ?? name
    }
}
