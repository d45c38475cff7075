import LuaKit
import PressRelease

/// `Warning`: something the parser noticed but could not make sense of.
enum WarningBinding {
    static func declare() -> LuaClass<WarningRef> {
        let c = LuaClass<WarningRef>("Warning")
        c.identity { AnyHashable([ObjectIdentifier($0.release).hashValue, $0.index]) }
        c.property("code", "string", doc: "Stable short code (`no-date`, `unclosed-quote`).") { s, w in s.push(w.warning.code) }
        c.property("message", "string", doc: "What was noticed.") { s, w in s.push(w.warning.message) }
        c.property("line", "integer?", doc: "Line in the source file, when the warning has a place.") { s, w in
            s.push(w.warning.offset.map { w.release.position(of: $0).line })
        }
        c.metamethod("__tostring") { s in
            let w = (try s.object(at: 1) as! WarningRef).warning
            s.push("Warning(\(w.code)): \(w.message)")
            return 1
        }
        return c
    }
}
