import LuaKit
import PressRelease

/// `Person`: one individual of a release, however the release refers to them.
enum PersonBinding {
    static func declare() -> LuaClass<PersonRef> {
        let c = LuaClass<PersonRef>("Person")
        c.doc = "One individual named in a release; \"Sergey Lavrov\", \"Lavrov\", \"the minister\" and \"he\" resolve to the same Person."
        c.example = "for _, p in ipairs(r.people) do print(p.name, #p.quotes, table.concat(p.titles, '; ')) end"
        c.since = ModelBinding.since
        c.identity { AnyHashable([ObjectIdentifier($0.release).hashValue, $0.index]) }
        c.property("name", "string", doc: "The fullest form of the name the release gives.") { s, p in s.push(p.person.name) }
        c.property("surname", "string", doc: "Last name, without suffixes such as Jr.") { s, p in s.push(p.person.surname) }
        c.property("titles", "string[]", doc: "Titles as written: \"Russian Foreign Minister\", \"Rep.\".") { s, p in
            let titles = p.person.titles
            s.pushList(titles.count) { s.push(titles[$0]) }
        }
        c.property("affiliation", "string?", doc: "Organisation or role from an appositive: \"CEO of Acme\".") { s, p in
            s.push(p.person.affiliation)
        }
        c.property("mentions", "string[]", doc: "Every distinct form used for the person, in order of first use.") { s, p in
            let mentions = p.person.mentions
            s.pushList(mentions.count) { s.push(mentions[$0]) }
        }
        c.property("mention_count", "integer", doc: "How often the person is mentioned (names, titles, resolved pronouns).") { s, p in
            s.push(p.person.mentionCount)
        }
        c.property("gender", "string", doc: "`male`, `female` or `unknown`, from Mr./Ms. and pronouns the text uses.") { s, p in
            s.push(p.person.gender.rawValue)
        }
        c.property("quotes", "Quote[]", doc: "The quotes attributed to the person.", json: false) { s, p in
            let quotes = p.person.quotes
            s.pushList(quotes.count) { i in s.pushHandle(QuoteRef(p.release, quotes[i]), of: p.release, as: s.model.quote) }
        }
        c.property("statements", "Statement[]", doc: "The person's attributed statements, quoted or reported (see `r.attributions`).", json: false) { s, p in
            let of = p.release.attributionAnalysis.statementsOf
            let mine = of.indices.contains(p.index) ? of[p.index] : []
            s.pushList(mine.count) { i in s.pushHandle(StatementRef(p.release, mine[i]), of: p.release, as: s.model.statement) }
        }
        c.property("key", "string", cached: false, doc: "The key identifying the individual across releases: `pr.people.key(p)` (folded name, aliases applied; a surname-only mention resolved through the release's `member`/`speaker`/`author` metadata).",
                   since: "0.2.0") { s, p in s.push(s.host.people.key(PeopleIdentity.name(of: p))) }
        c.property("id", "string?", cached: false, doc: "The id the aliases file (`--aliases`) gives the individual, or nil: `pr.people.id(p)`.",
                   since: "0.2.0") { s, p in s.push(s.host.people.id(PeopleIdentity.name(of: p))) }
        ModelBinding.position(c, "the person's first mention") { p in (p.release, p.person.firstOffset) }
        c.property("release", "Release", doc: "The release holding it.", json: false) { s, p in s.push(release: p.release) }
        ModelBinding.json(c)
        c.metamethod("__tostring") { s in
            let p = try ModelBinding.this(s, PersonRef.self).person
            let titles = p.titles.isEmpty ? "" : " (\(p.titles.joined(separator: "; ")))"
            s.push("Person \(p.name)\(titles), \(p.quotes.count) quote\(p.quotes.count == 1 ? "" : "s")")
            return 1
        }
        return c
    }
}
