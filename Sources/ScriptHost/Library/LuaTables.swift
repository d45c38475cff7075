import LuaKit

/// Reading script tables for the host library (raw access and iteration live in LuaKit). Lua
/// code (key functions, `__index`) only runs through `vm.call`/`getField`, which are protected.
/// How an item is turned into the value a statistic uses: itself, one of its fields (tables and
/// model objects alike), or what a function returns for it.
enum ItemKey {
    case identity
    case field(String)
    case function(Int)

    /// Reads an optional key argument at `arg`: nil, a field name or a function.
    init(_ s: LuaStack, arg: Int) throws {
        switch s.type(at: arg) {
        case .none, .nil: self = .identity
        case .string: self = .field(s.string(at: arg)!)
        case .function: self = .function(s.absolute(arg))
        default: throw s.typeError(arg, expected: "field name or function")
        }
    }

    var isIdentity: Bool { if case .identity = self { return true }; return false }

    /// Pushes the key of the item at `item` (one value).
    func push(_ s: LuaStack, item: Int) throws {
        let item = s.absolute(item)
        switch self {
        case .identity: s.pushValue(at: item)
        case .field(let name):
            let t = s.type(at: item)
            guard t == .table || t == .userdata else { s.pushNil(); return }
            try s.getField(name, at: item)
        case .function(let f):
            s.pushValue(at: f)
            s.pushValue(at: item)
            try s.vm.call(arguments: 1, results: 1)
        }
    }
}
