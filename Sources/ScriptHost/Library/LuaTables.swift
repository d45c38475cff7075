import CLuaShim
import LuaKit

/// Reading script tables for the host library: lists, maps and item keys. Lua code (key
/// functions, `__index`) only runs through `vm.call`/`getField`, which are protected.
extension LuaStack {
    func absolute(_ i: Int) -> Int { Int(lua_absindex(L, Int32(i))) }

    /// Whether the table at `index` has a list part (`t[1] ~= nil`).
    func isList(at index: Int) -> Bool {
        let t = rawGet(1, at: index)
        pop()
        return t != LUA_TNIL
    }

    /// Pushes a list of the table's values: the table itself when it is a list, else a new list
    /// of its values (in `pairs` order). Lets every statistic take `{1, 2, 3}` or `{a = 1, b = 2}`.
    func pushValues(of index: Int) {
        let t = absolute(index)
        if isList(at: t) { pushValue(at: t); return }
        newTable()
        let list = top
        var n = 0
        pushNil()
        while lua_next(L, Int32(t)) != 0 { // raw traversal, table untouched: cannot raise
            n += 1
            lua_rawseti(L, Int32(list), lua_Integer(n))
            // lua_rawseti popped the value; the key stays for the next step
        }
    }

    /// Calls `body(pairsKeyIndex, valueIndex)` for every entry of the table at `index`, after
    /// copying the entries out, so `body` may run Lua code.
    func forEachEntry(of index: Int, _ body: (Int, Int) throws -> Void) throws {
        let t = absolute(index)
        newTable()
        let copy = top
        var n = 0
        pushNil()
        while lua_next(L, Int32(t)) != 0 {
            pushValue(at: -2)
            n += 1
            lua_rawseti(L, Int32(copy), lua_Integer(n)) // key
            n += 1
            lua_rawseti(L, Int32(copy), lua_Integer(n)) // value
        }
        var i = 1
        while i < n {
            rawGet(i, at: copy)
            rawGet(i + 1, at: copy)
            try body(top - 1, top)
            pop(2)
            i += 2
        }
        pop()
    }

    /// The value type name for messages, honouring `__name` of host objects.
    func describe(at i: Int) -> String {
        if type(at: i) == LUA_TUSERDATA, let object = objectName(at: i) { return object }
        return typeName(at: i)
    }

    private func objectName(at i: Int) -> String? {
        guard lua_getmetatable(L, Int32(i)) != 0 else { return nil }
        defer { pop() }
        guard rawGet("__name", at: -1) == LUA_TSTRING else { pop(); return nil }
        defer { pop() }
        return string(at: -1)
    }

    /// Whether the table at `index` has any entry at all.
    func hasEntries(_ index: Int) -> Bool {
        pushNil()
        guard lua_next(L, Int32(absolute(index))) != 0 else { return false }
        pop(2)
        return true
    }

    /// Raw `t[key]` equality of two stack values.
    func rawEqual(_ a: Int, _ b: Int) -> Bool { lua_rawequal(L, Int32(a), Int32(b)) != 0 }
}

/// How an item is turned into the value a statistic uses: itself, one of its fields (tables and
/// model objects alike), or what a function returns for it.
enum ItemKey {
    case identity
    case field(String)
    case function(Int)

    /// Reads an optional key argument at `arg`: nil, a field name or a function.
    init(_ s: LuaStack, arg: Int) throws {
        switch s.type(at: arg) {
        case LUA_TNONE, LUA_TNIL: self = .identity
        case LUA_TSTRING: self = .field(s.string(at: arg)!)
        case LUA_TFUNCTION: self = .function(s.absolute(arg))
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
            guard t == LUA_TTABLE || t == LUA_TUSERDATA else { s.pushNil(); return }
            try s.getField(name, at: item)
        case .function(let f):
            s.pushValue(at: f)
            s.pushValue(at: item)
            try s.vm.call(arguments: 1, results: 1)
        }
    }
}

extension LuaStack {
    /// Raw `t[key] = value` on the table on top, where `push` pushes the value; nil and NaN
    /// keys are refused with an error (Lua would raise inside `lua_rawset`).
    func setRaw(_ key: LuaValue, _ push: () -> Void) throws {
        if let problem = key.keyProblem { throw LuaError(kind: .runtime, message: "cannot use \(problem) as a table key") }
        try self.push(key)
        push()
        lua_rawset(L, -3)
    }
}
