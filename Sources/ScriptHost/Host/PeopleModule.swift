import LuaKit

/// `pr.people`: who is who across releases. Model objects stay per release; reports that
/// aggregate over a corpus group by `pr.people.key(p)` and may merge spellings with
/// `pr.people.alias`.
enum PeopleModule {
    static func make() -> LuaModule {
        let m = LuaModule("people", doc: "People across releases. A `Person` belongs to one release; `pr.people.key` gives the key that identifies the individual across releases: the full name with case, diacritics, periods and white space folded, then through the aliases set with `pr.people.alias`. \"Sergey Lavrov\", \"Lavrov\" and \"Foreign Minister Lavrov\" of different releases share a key when each release resolves its mentions to the full name.")
        m.function("key", "(p: Person|string) -> string",
                   doc: "The canonical key of a person (or of a name): `\"Sergéy  Lavrov\"` → `\"sergey lavrov\"`, then aliases applied. Group by it, show `p.name`.",
                   example: "counts[pr.people.key(q.speaker)] = (counts[pr.people.key(q.speaker)] or 0) + 1") { s in
            let name = try personName(s, at: 1)
            s.push(s.host.people.key(name))
            return 1
        }
        m.function("id", "(p: Person|string) -> string?",
                   doc: "The id the aliases file (`--aliases`) gives this person (a Wikidata QID, a member code), or nil.",
                   example: "print(pr.people.id(q.speaker) or \"(no id)\")", since: "0.2.0") { s in
            let name = try personName(s, at: 1)
            s.push(s.host.people.id(name))
            return 1
        }
        m.function("name", "(p: Person|string) -> string",
                   doc: "The name to show for a person across releases: the canonical name of the aliases file when it lists them, else the resolved name (`p.name`; a surname-only mention resolved through the release's `member`/`speaker`/`author` metadata).",
                   example: "print(pr.people.name(q.speaker))", since: "0.2.0") { s in
            let name = try personName(s, at: 1)
            s.push(s.host.people.canonicalName(name) ?? name)
            return 1
        }
        m.function("alias", "(name: string|Person, canonical: string) -> nil",
                   doc: "Treats `name` as the same person as `canonical` from now on (both are folded; chains are followed). Call it at the top of a script or in `init`.",
                   example: "pr.people.alias(\"Sergei Lavrov\", \"Sergey Lavrov\")") { s in
            let name = try personName(s, at: 1)
            let canonical = try s.checkString(2)
            do { try s.host.people.alias(name, to: canonical) } catch { throw LuaArgumentError(1, "\(error)") }
            return 0
        }
        m.function("fold", "(name: string) -> string",
                   doc: "A name folded the way keys are (case, diacritics, periods, white space), without aliases.",
                   example: "pr.people.fold(\"  Sergéy V. Lavrov\") --> \"sergey v lavrov\"") { s in
            s.push(PersonKeys.fold(try s.checkString(1)))
            return 1
        }
        m.function("aliases", "() -> table<string, string>",
                   doc: "The aliases set so far, folded: `{ [\"sergei lavrov\"] = \"sergey lavrov\" }`.") { s in
            let all = s.host.people.all
            try s.push(LuaValue.table(Dictionary(uniqueKeysWithValues: all.map { (.string($0), .string($1)) })))
            return 1
        }
        return m
    }

    /// A name given as a string or as a Person (see `PeopleIdentity.name`).
    private static func personName(_ s: LuaStack, at i: Int) throws -> String {
        if let p = try s.object(at: i) as? PersonRef { return PeopleIdentity.name(of: p) }
        guard let name = s.string(at: i) else { throw s.typeError(i, expected: "Person or string") }
        return name
    }
}
