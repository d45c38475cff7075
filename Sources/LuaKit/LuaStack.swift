import CLuaShim

/// Typed access to a Lua stack for host functions and property getters. Every call here is
/// non-raising: anything that could run a metamethod goes through the shim's protected helpers.
public struct LuaStack {
    public let L: OpaquePointer

    public init(_ L: OpaquePointer) { self.L = L }

    public var vm: LuaVM { LuaVM.owner(of: L) }
    public var top: Int { Int(lua_gettop(L)) }
    public func setTop(_ n: Int) { lua_settop(L, Int32(n)) }
    public func pop(_ n: Int = 1) { lua_settop(L, Int32(-n - 1)) }

    // MARK: Pushing

    public func pushNil() { lua_pushnil(L) }
    public func push(_ b: Bool) { lua_pushboolean(L, b ? 1 : 0) }
    public func push(_ i: Int) { lua_pushinteger(L, lua_Integer(i)) }
    public func push(_ d: Double) { lua_pushnumber(L, d) }

    public func push(_ s: String) {
        var s = s
        s.withUTF8 { buf in
            buf.withMemoryRebound(to: CChar.self) { _ = lua_pushlstring(L, $0.baseAddress, $0.count) }
        }
    }

    /// Pushes UTF-8 bytes without building a Swift `String`.
    public func push(bytes: UnsafeBufferPointer<UInt8>) {
        bytes.withMemoryRebound(to: CChar.self) { _ = lua_pushlstring(L, $0.baseAddress, $0.count) }
    }

    public func push(_ s: String?) { if let s { push(s) } else { pushNil() } }
    public func push(_ i: Int?) { if let i { push(i) } else { pushNil() } }
    public func push(_ d: Double?) { if let d { push(d) } else { pushNil() } }

    public func push(function: @escaping LuaFunction) {
        let box = Unmanaged.passRetained(LuaFunctionBox(function)).toOpaque()
        pk_pushfunction(L, box)
    }

    /// Pushes a new table with room for `array` list items and `fields` named fields.
    public func newTable(array: Int = 0, fields: Int = 0) {
        lua_createtable(L, Int32(array), Int32(fields))
    }

    /// Sets `t[key] = v` (raw) on the table at `index`, where `push` pushes the value.
    public func setField(_ key: String, at index: Int = -1, _ push: () -> Void) {
        let t = lua_absindex(L, Int32(index))
        push()
        lua_setfield(L, t, key) // raw: the host builds these tables and gives them no metatable
    }

    /// Appends the value `push` leaves on the stack to the list at `index`.
    public func append(at index: Int = -1, _ push: () -> Void) {
        let t = lua_absindex(L, Int32(index))
        let n = lua_rawlen(L, t)
        push()
        lua_rawseti(L, t, lua_Integer(n) + 1)
    }

    public func push(_ value: LuaValue) {
        switch value {
        case .nil, .opaque: pushNil()
        case .boolean(let b): push(b)
        case .integer(let i): push(i)
        case .number(let d): push(d)
        case .string(let s): push(s)
        case .table(let t):
            newTable(fields: t.count)
            for (k, v) in t {
                push(k)
                push(v)
                lua_rawset(L, -3)
            }
        }
    }

    // MARK: Reading

    public func type(at i: Int) -> Int32 { lua_type(L, Int32(i)) }
    public func typeName(at i: Int) -> String { String(cString: lua_typename(L, lua_type(L, Int32(i)))) }
    public func isNil(at i: Int) -> Bool { lua_type(L, Int32(i)) <= LUA_TNIL }

    /// The string at `i` without conversion of numbers (which would confuse `lua_next`).
    public func string(at i: Int) -> String? {
        guard lua_type(L, Int32(i)) == LUA_TSTRING else { return nil }
        var len = 0
        guard let p = pk_tolstring(L, Int32(i), &len) else { return nil }
        return String(decoding: UnsafeRawBufferPointer(start: p, count: len), as: UTF8.self)
    }

    public func integer(at i: Int) -> Int? {
        var ok: Int32 = 0
        let v = pk_tointeger(L, Int32(i), &ok)
        return ok != 0 ? Int(v) : nil
    }

    public func number(at i: Int) -> Double? {
        guard lua_type(L, Int32(i)) == LUA_TNUMBER else { return nil }
        var ok: Int32 = 0
        return pk_tonumber(L, Int32(i), &ok)
    }

    public func boolean(at i: Int) -> Bool { lua_toboolean(L, Int32(i)) != 0 }

    /// `tostring(v)` honouring `__tostring`; a failing metamethod yields its error text.
    public func tostring(at i: Int) -> String {
        if pk_tostring_p(L, Int32(i)) != LUA_OK {
            defer { pop() }
            return string(at: -1) ?? "(error in __tostring)"
        }
        defer { pop() }
        return string(at: -1) ?? ""
    }

    /// Copies the value at `i` into Swift (tables up to `depth` levels, cycle-safe).
    public func value(at i: Int, depth: Int = 16) -> LuaValue {
        let idx = lua_absindex(L, Int32(i))
        switch lua_type(L, idx) {
        case LUA_TNIL, LUA_TNONE: return .nil
        case LUA_TBOOLEAN: return .boolean(lua_toboolean(L, idx) != 0)
        case LUA_TNUMBER:
            if lua_isinteger(L, idx) != 0 { return .integer(integer(at: Int(idx))!) }
            return .number(number(at: Int(idx))!)
        case LUA_TSTRING: return .string(string(at: Int(idx))!)
        case LUA_TTABLE where depth > 0:
            var out: [LuaValue: LuaValue] = [:]
            pk_readonly_target(L, idx) // a read-only proxy reads as the table it guards
            let t = lua_gettop(L)
            lua_pushnil(L)
            while lua_next(L, t) != 0 { // raw traversal of a table we do not modify: cannot raise
                out[value(at: -2, depth: 0)] = value(at: -1, depth: depth - 1)
                lua_settop(L, -2)
            }
            lua_settop(L, -2)
            return .table(out)
        default:
            return .opaque(typeName(at: Int(idx)))
        }
    }

    // MARK: Arguments (1-based), with Lua's own error wording

    public func checkString(_ i: Int) throws -> String {
        if let s = string(at: i) { return s }
        if type(at: i) == LUA_TNUMBER { return tostring(at: i) }
        throw typeError(i, expected: "string")
    }

    public func checkInteger(_ i: Int) throws -> Int {
        if let n = integer(at: i) { return n }
        if type(at: i) == LUA_TNUMBER { throw LuaArgumentError(i, "number has no integer representation") }
        throw typeError(i, expected: "number")
    }

    public func checkNumber(_ i: Int) throws -> Double {
        if let n = number(at: i) { return n }
        throw typeError(i, expected: "number")
    }

    public func checkTable(_ i: Int) throws {
        guard type(at: i) == LUA_TTABLE else { throw typeError(i, expected: "table") }
    }

    public func optString(_ i: Int) throws -> String? { isNil(at: i) ? nil : try checkString(i) }
    public func optInteger(_ i: Int) throws -> Int? { isNil(at: i) ? nil : try checkInteger(i) }
    public func optNumber(_ i: Int) throws -> Double? { isNil(at: i) ? nil : try checkNumber(i) }

    public func typeError(_ i: Int, expected: String) -> LuaArgumentError {
        let got = type(at: i) == LUA_TNONE ? "no value" : typeName(at: i)
        return LuaArgumentError(i, "\(expected) expected, got \(got)")
    }
}

extension LuaStack {
    public func pushValue(at i: Int) { lua_pushvalue(L, Int32(i)) }

    /// Pushes `t[key]` for the value at `index`, running metamethods under protection.
    public func getField(_ key: String, at index: Int) throws {
        let t = Int(lua_absindex(L, Int32(index)))
        push(key)
        let status = pk_gettable_p(L, Int32(t))
        if status != LUA_OK { throw vm.popError(status) }
    }

    /// Raw `t[i]` for the table at `index` (no metamethods).
    @discardableResult
    public func rawGet(_ i: Int, at index: Int) -> Int32 { lua_rawgeti(L, Int32(index), lua_Integer(i)) }

    /// Raw `t[key]` for the table at `index` (no metamethods).
    @discardableResult
    public func rawGet(_ key: String, at index: Int) -> Int32 {
        let t = lua_absindex(L, Int32(index))
        push(key)
        return lua_rawget(L, t)
    }

    /// Raw length of the table or string at `index`.
    public func rawLength(at index: Int) -> Int { Int(lua_rawlen(L, Int32(index))) }
}

extension LuaStack {
    public func pushGlobals() { pk_pushglobaltable(L) }
    public func remove(at i: Int) { pk_remove(L, Int32(i)) }
}

extension LuaStack {
    /// Moves the top value to position `i`, shifting the values above it up.
    public func insert(at i: Int) { pk_insert(L, Int32(i)) }
}
