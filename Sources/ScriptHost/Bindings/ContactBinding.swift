import LuaKit
import PressRelease

/// `Contact`: a press contact from the release's contact block.
enum ContactBinding {
    static func declare() -> LuaClass<ContactRef> {
        let c = LuaClass<ContactRef>("Contact")
        c.doc = "A press contact from the release's contact block: any of name, organisation, phone and e-mail."
        c.example = "for _, k in ipairs(r.contacts) do print(k.name, k.email) end"
        c.since = ModelBinding.since
        c.identity { AnyHashable([ObjectIdentifier($0.release).hashValue, $0.index]) }
        c.property("name", "string?", doc: "Contact person.") { s, x in s.push(x.contact.name) }
        c.property("organization", "string?", doc: "Organisation.") { s, x in s.push(x.contact.organization) }
        c.property("phone", "string?", doc: "Telephone number as written.") { s, x in s.push(x.contact.phone) }
        c.property("email", "string?", doc: "E-mail address.") { s, x in s.push(x.contact.email) }
        ModelBinding.position(c, "the contact") { x in (x.release, x.contact.start) }
        ModelBinding.json(c)
        c.metamethod("__tostring") { s in
            let x = try ModelBinding.this(s, ContactRef.self).contact
            s.push("Contact: " + [x.name, x.organization, x.phone, x.email].compactMap { $0 }.joined(separator: ", "))
            return 1
        }
        return c
    }
}
