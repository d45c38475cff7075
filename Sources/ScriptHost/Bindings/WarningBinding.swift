import LuaKit
import PressRelease

/// `Warning`: something the parser noticed but could not make sense of.
enum WarningBinding {
    static func declare() -> LuaClass<WarningRef> {
        let c = LuaClass<WarningRef>("Warning")
        c.doc = "Something the parser noticed but could not make sense of; never fatal."
        c.example = "for _, w in ipairs(r.warnings) do print(w.file, w.line, w.code) end"
        c.since = ModelBinding.since
        c.identity { AnyHashable([ObjectIdentifier($0.release).hashValue, $0.index]) }
        c.property("code", "string", doc: "Stable short code (`no-date`, `unclosed-quote`).") { s, w in s.push(w.warning.code) }
        c.property("message", "string", doc: "What was noticed.") { s, w in s.push(w.warning.message) }
        ModelBinding.position(c, "the warning's subject", optional: true) { w in (w.release, w.warning.offset) }
        ModelBinding.json(c)
        c.metamethod("__tostring") { s in
            let w = try ModelBinding.this(s, WarningRef.self)
            let at = w.warning.offset.map { ":\(w.release.position(of: $0).line)" } ?? ""
            s.push("Warning(\(w.warning.code)) \(w.release.path)\(at): \(w.warning.message)")
            return 1
        }
        return c
    }
}
