import LuaKit
import PressRelease

/// `Dateline`: `WASHINGTON, Nov. 8, 2017 (EIRNS) —` taken apart.
enum DatelineBinding {
    static func declare() -> LuaClass<DatelineRef> {
        let c = LuaClass<DatelineRef>("Dateline")
        c.doc = "The dateline that opens a release body, taken apart."
        c.example = "local d = r.dateline; if d then print(d.place, d.date, d.agency) end"
        c.since = ModelBinding.since
        c.identity { AnyHashable(ObjectIdentifier($0.release)) }
        c.property("text", "string", doc: "The dateline as written.") { s, d in s.push(d.dateline.text) }
        c.property("place", "string?", doc: "City or place.") { s, d in s.push(d.dateline.place) }
        c.property("date", "string?", doc: "ISO date stated by the dateline.") { s, d in s.push(d.dateline.date) }
        c.property("agency", "string?", doc: "News agency or wire service.") { s, d in s.push(d.dateline.agency) }
        ModelBinding.position(c, "the dateline") { d in (d.release, d.dateline.start) }
        ModelBinding.json(c)
        c.metamethod("__tostring") { s in
            s.push("Dateline: " + (try ModelBinding.this(s, DatelineRef.self)).dateline.text)
            return 1
        }
        return c
    }
}
