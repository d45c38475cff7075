import LuaKit
import PressRelease

/// `Boilerplate`: release text that is not body.
enum BoilerplateBinding {
    static func declare() -> LuaClass<BoilerplateRef> {
        let c = LuaClass<BoilerplateRef>("Boilerplate")
        c.doc = "Release text that is not body: an end mark (`###`, `-30-`, `ENDS`), contact block, about-us section, footer…"
        c.example = "for _, b in ipairs(r.boilerplate) do if b.kind == 'about' then print(b.text) end end"
        c.since = ModelBinding.since
        c.identity { AnyHashable([ObjectIdentifier($0.release).hashValue, $0.index]) }
        c.property("kind", "string", doc: "One of `" + Boilerplate.Kind.allCases.map(\.rawValue).joined(separator: "`, `") + "`.") { s, b in
            s.push(b.boilerplate.kind.rawValue)
        }
        c.property("text", "string", doc: "The text as written.") { s, b in s.push(b.boilerplate.text) }
        ModelBinding.position(c, "the block") { b in (b.release, b.boilerplate.start) }
        ModelBinding.json(c)
        c.metamethod("__tostring") { s in
            let b = try ModelBinding.this(s, BoilerplateRef.self).boilerplate
            s.push("Boilerplate(\(b.kind.rawValue)): \(b.text.truncatedForDisplay())")
            return 1
        }
        return c
    }
}
