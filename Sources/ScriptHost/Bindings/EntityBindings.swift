import LuaKit
import PressRelease

/// `Organization`: an organisation named in a release.
enum OrganizationBinding {
    static func declare() -> LuaClass<OrganizationRef> {
        let c = LuaClass<OrganizationRef>("Organization")
        c.doc = "An organisation named in a release, with its acronym and how often it is mentioned."
        c.example = "for _, o in ipairs(r.organizations) do print(o.name, o.acronym, o.mentions) end"
        c.since = ModelBinding.since
        c.identity { AnyHashable([ObjectIdentifier($0.release).hashValue, $0.index]) }
        c.property("name", "string", doc: "The name in full: \"Asia-Pacific Economic Cooperation\".") { s, o in s.push(o.organization.name) }
        c.property("acronym", "string?", doc: "The acronym the release uses: \"APEC\".") { s, o in s.push(o.organization.acronym) }
        c.property("mentions", "integer", doc: "Mentions by name or acronym.") { s, o in s.push(o.organization.mentions) }
        ModelBinding.position(c, "the first mention") { o in (o.release, o.organization.firstOffset) }
        ModelBinding.json(c)
        c.metamethod("__tostring") { s in
            let o = try ModelBinding.this(s, OrganizationRef.self).organization
            s.push("Organization \(o.name)\(o.acronym.map { " (\($0))" } ?? ""), \(o.mentions)×")
            return 1
        }
        return c
    }
}

/// `Place`: a place named in a release.
enum PlaceBinding {
    static func declare() -> LuaClass<PlaceRef> {
        let c = LuaClass<PlaceRef>("Place")
        c.doc = "A place named in a release (city, country, region) and how often it is mentioned."
        c.example = "for _, p in ipairs(r.places) do print(p.name, p.mentions) end"
        c.since = ModelBinding.since
        c.identity { AnyHashable([ObjectIdentifier($0.release).hashValue, $0.index]) }
        c.property("name", "string", doc: "The place as written: \"Da Nang\".") { s, p in s.push(p.place.name) }
        c.property("mentions", "integer", doc: "How often it is mentioned.") { s, p in s.push(p.place.mentions) }
        ModelBinding.position(c, "the first mention") { p in (p.release, p.place.firstOffset) }
        ModelBinding.json(c)
        c.metamethod("__tostring") { s in
            let p = try ModelBinding.this(s, PlaceRef.self).place
            s.push("Place \(p.name), \(p.mentions)×")
            return 1
        }
        return c
    }
}
