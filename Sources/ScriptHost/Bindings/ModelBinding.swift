import LuaKit
import PressRelease

/// Members every model type shares, declared once here so each binding file stays about its type.
enum ModelBinding {
    static let since = "0.1.0"

    /// `file`, `line` and `column` of where the node starts in its source; `offset` gives the
    /// byte offset in the release (nil when the node has no place in the source). Only `line` and
    /// `column` compute it.
    static func position<T>(_ c: LuaClass<T>, _ what: String, optional: Bool = false,
                            release: @escaping (T) -> Release, offset: @escaping (T) -> Int?) {
        let q = optional ? "?" : ""
        c.property("file", "string", doc: "The file \(what) came from (`-` for standard input).") { s, x in
            s.push(release(x).path)
        }
        c.property("line", "integer\(q)", doc: "1-based line where \(what) starts in its file.") { s, x in
            s.push(offset(x).map { release(x).position(of: $0).line })
        }
        c.property("column", "integer\(q)", doc: "1-based column (in bytes) where \(what) starts.") { s, x in
            s.push(offset(x).map { release(x).position(of: $0).column })
        }
    }

    /// The same, for nodes whose release and offset are at hand: `place` gives both.
    static func position<T>(_ c: LuaClass<T>, _ what: String, optional: Bool = false,
                            _ place: @escaping (T) -> (Release, Int?)) {
        position(c, what, optional: optional, release: { place($0).0 }, offset: { place($0).1 })
    }

    /// `x:json()`: the object as JSON text, like `pr.json(x)`.
    static func json<T>(_ c: LuaClass<T>) {
        c.method("json", "(pretty?: boolean) -> string",
                 doc: "The \(c.name) as JSON: its properties in the order listed here (links back up the tree left out).",
                 example: "print(x:json(true))") { s, _ in
            try LuaJSON.push(s, at: 1, options: .init(pretty: s.boolean(at: 2)))
            return 1
        }
    }

    /// The object behind argument 1 of a metamethod.
    static func this<T>(_ s: LuaStack, _: T.Type) throws -> T {
        guard let x = try s.object(at: 1) as? T else { throw s.typeError(1, expected: String(describing: T.self)) }
        return x
    }
}

extension String {
    /// At most `limit` characters, with an ellipsis when cut.
    func truncatedForDisplay(_ limit: Int = 60) -> String {
        count <= limit ? self : String(prefix(limit - 1)) + "…"
    }
}
