/// A Lua value copied into Swift. Tables are copied by value (depth-limited, cycle-safe);
/// functions, userdata and threads are described by their type name only.
public enum LuaValue: Hashable, CustomStringConvertible, Sendable {
    case `nil`
    case boolean(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case table([LuaValue: LuaValue])
    /// A function, userdata, thread or light userdata, by its Lua type name (or `__name`).
    case opaque(String)

    /// The deepest nesting of tables copied between Lua and Swift in either direction.
    public static let maxDepth = 64

    /// Why this value cannot be a Lua table key (nil, NaN), or nil when it can.
    public var keyProblem: String? {
        switch self {
        case .nil, .opaque: return "nil"
        case .number(let d) where d.isNaN: return "NaN"
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .nil: return "nil"
        case .boolean(let b): return String(b)
        case .integer(let i): return String(i)
        case .number(let d): return String(d)
        case .string(let s): return s
        case .table(let t): return "table(\(t.count))"
        case .opaque(let name): return name
        }
    }

    public var string: String? { if case .string(let s) = self { return s }; return nil }
    public var integer: Int? {
        switch self {
        case .integer(let i): return i
        case .number(let d) where d.rounded() == d && abs(d) < 9e18: return Int(d)
        default: return nil
        }
    }
    public var number: Double? {
        switch self {
        case .integer(let i): return Double(i)
        case .number(let d): return d
        default: return nil
        }
    }
    public var table: [LuaValue: LuaValue]? { if case .table(let t) = self { return t }; return nil }

    /// The array part of a table (`t[1]`, `t[2]`, … up to the first nil).
    public var array: [LuaValue] {
        guard let t = table else { return [] }
        var out: [LuaValue] = []
        while let v = t[.integer(out.count + 1)] { out.append(v) }
        return out
    }

    public subscript(key: String) -> LuaValue { table?[.string(key)] ?? .nil }
}
