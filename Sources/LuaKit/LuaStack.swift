import CLuaShim

/// Typed access to a Lua stack for host functions and property getters. Every call here is
/// non-raising: anything that could run a metamethod goes through the shim's protected helpers.
public struct LuaStack {
    let L: OpaquePointer

    init(_ L: OpaquePointer) { self.L = L }

    public var vm: LuaVM { LuaVM.owner(of: L) }
    public var top: Int { Int(lua_gettop(L)) }
    public func setTop(_ n: Int) { lua_settop(L, Int32(n)) }
    public func pop(_ n: Int = 1) { lua_settop(L, Int32(-n - 1)) }

    // MARK: Pushing

    /// Room for one more value: every push asks first. A refusal (the stack is at Lua's limit)
    /// pushes nothing and is recorded; the call then fails with a stack-overflow error once this
    /// Swift frame returns to Lua (or at the next `vm.call`), never with a corrupted stack.
    @inline(__always) func grow() -> Bool { pk_grow(L) != 0 }

    /// Makes room for `n` more values, or throws: recursive readers and writers call this once
    /// per level, so nesting that would overflow the stack ends with an error.
    public func reserve(_ n: Int) throws {
        guard pk_reserve(L, Int32(n)) != 0 else {
            _ = pk_stack_fault(L) // reported here, by the throw
            throw LuaError.stackOverflow
        }
    }

    public func pushNil() { if grow() { lua_pushnil(L) } }
    public func push(_ b: Bool) { if grow() { lua_pushboolean(L, b ? 1 : 0) } }
    public func push(_ i: Int) { if grow() { lua_pushinteger(L, lua_Integer(i)) } }
    public func push(_ d: Double) { if grow() { lua_pushnumber(L, d) } }

    public func push(_ s: String) {
        guard grow() else { return }
        var s = s
        s.withUTF8 { buf in
            buf.withMemoryRebound(to: CChar.self) { _ = lua_pushlstring(L, $0.baseAddress, $0.count) }
        }
    }

    /// Pushes UTF-8 bytes without building a Swift `String`.
    public func push(bytes: UnsafeBufferPointer<UInt8>) {
        guard grow() else { return }
        bytes.withMemoryRebound(to: CChar.self) { _ = lua_pushlstring(L, $0.baseAddress, $0.count) }
    }

    public func push(_ s: String?) { if let s { push(s) } else { pushNil() } }
    public func push(_ i: Int?) { if let i { push(i) } else { pushNil() } }
    public func push(_ d: Double?) { if let d { push(d) } else { pushNil() } }

    public func push(function: @escaping LuaFunction) {
        // The closure needs its userdata, its metatable and the function itself.
        guard pk_reserve(L, 3) != 0 else { return }
        let box = Unmanaged.passRetained(LuaFunctionBox(function)).toOpaque()
        pk_pushfunction(L, box)
    }

    /// Pushes a new table with room for `array` list items and `fields` named fields.
    public func newTable(array: Int = 0, fields: Int = 0) {
        if grow() { lua_createtable(L, Int32(clamping: array), Int32(clamping: fields)) }
    }

    /// Sets `t[key] = v` (raw) on the table at `index`, where `push` pushes the value.
    public func setField(_ key: String, at index: Int = -1, _ push: () throws -> Void) rethrows {
        let t = lua_absindex(L, Int32(index))
        let before = top
        do { try push() } catch { setTop(before); throw error }
        guard top > Int(t) else { return } // a refused push (fault recorded): nothing to store
        lua_setfield(L, t, key) // raw: the host builds these tables and gives them no metatable
    }

    /// Appends the value `push` leaves on the stack to the list at `index`.
    public func append(at index: Int = -1, _ push: () throws -> Void) rethrows {
        let t = lua_absindex(L, Int32(index))
        let n = lua_rawlen(L, t)
        let before = top
        do { try push() } catch { setTop(before); throw error }
        guard top > Int(t) else { return }
        lua_rawseti(L, t, lua_Integer(n) + 1)
    }

    /// Pushes a Swift copy of a Lua value. Tables nest at most `LuaValue.maxDepth` levels; nil
    /// and NaN keys, which Lua cannot store, are refused with an error.
    public func push(_ value: LuaValue) throws {
        let base = top
        do { try push(value, depth: 0) } catch { setTop(base); throw error }
    }

    private func push(_ value: LuaValue, depth: Int) throws {
        switch value {
        case .nil, .opaque: pushNil()
        case .boolean(let b): push(b)
        case .integer(let i): push(i)
        case .number(let d): push(d)
        case .string(let s): push(s)
        case .table(let t):
            guard depth < LuaValue.maxDepth else { throw LuaError.tooDeep(LuaValue.maxDepth) }
            try reserve(3)
            newTable(fields: t.count)
            for (k, v) in t {
                if let problem = k.keyProblem { throw LuaError(kind: .runtime, message: "cannot use \(problem) as a table key") }
                try push(k, depth: depth + 1)
                try push(v, depth: depth + 1)
                lua_rawset(L, -3)
            }
        }
    }

    // MARK: Reading

    public func type(at i: Int) -> LuaType { LuaType(code: lua_type(L, Int32(i))) }
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
        guard (try? reserve(4)) != nil else { return "(stack overflow)" }
        if pk_tostring_p(L, Int32(i)) != LUA_OK {
            defer { pop() }
            return string(at: -1) ?? "(error in __tostring)"
        }
        defer { pop() }
        return string(at: -1) ?? ""
    }

    /// Copies the value at `i` into Swift (tables up to `depth` levels, cycle-safe: deeper
    /// tables, and tables the stack has no room to walk, come back as `.opaque("table")`).
    public func value(at i: Int, depth: Int = 16) -> LuaValue {
        (try? value(at: i, depth: depth, strict: false)) ?? .opaque("table")
    }

    /// Copies plain data at `i` into Swift, throwing (instead of cutting) when tables nest
    /// deeper than `maxDepth` or the stack has no room to walk them.
    public func plainValue(at i: Int, maxDepth: Int = LuaValue.maxDepth) throws -> LuaValue {
        try value(at: i, depth: maxDepth, strict: true)
    }

    private func value(at i: Int, depth: Int, strict: Bool) throws -> LuaValue {
        let idx = lua_absindex(L, Int32(i))
        switch lua_type(L, idx) {
        case LUA_TNIL, LUA_TNONE: return .nil
        case LUA_TBOOLEAN: return .boolean(lua_toboolean(L, idx) != 0)
        case LUA_TNUMBER:
            if lua_isinteger(L, idx) != 0 { return .integer(integer(at: Int(idx))!) }
            return .number(number(at: Int(idx))!)
        case LUA_TSTRING: return .string(string(at: Int(idx))!)
        case LUA_TTABLE where depth > 0:
            try reserve(4)
            var out: [LuaValue: LuaValue] = [:]
            pk_readonly_target(L, idx) // a read-only proxy reads as the table it guards
            let t = lua_gettop(L)
            lua_pushnil(L)
            defer { lua_settop(L, t - 1) }
            while lua_next(L, t) != 0 { // raw traversal of a table we do not modify: cannot raise
                let key = try value(at: -2, depth: 0, strict: false)
                out[key] = try value(at: -1, depth: depth - 1, strict: strict)
                lua_settop(L, -2)
            }
            return .table(out)
        case LUA_TTABLE where strict:
            throw LuaError.tooDeep(LuaValue.maxDepth)
        default:
            return .opaque(typeName(at: Int(idx)))
        }
    }

    // MARK: Arguments (1-based), with Lua's own error wording

    public func checkString(_ i: Int) throws -> String {
        if let s = string(at: i) { return s }
        if type(at: i) == .number { return tostring(at: i) }
        throw typeError(i, expected: "string")
    }

    public func checkInteger(_ i: Int) throws -> Int {
        if let n = integer(at: i) { return n }
        if type(at: i) == .number { throw LuaArgumentError(i, "number has no integer representation") }
        throw typeError(i, expected: "number")
    }

    public func checkNumber(_ i: Int) throws -> Double {
        if let n = number(at: i) { return n }
        throw typeError(i, expected: "number")
    }

    public func checkTable(_ i: Int) throws {
        guard type(at: i) == .table else { throw typeError(i, expected: "table") }
    }

    public func optString(_ i: Int) throws -> String? { isNil(at: i) ? nil : try checkString(i) }
    public func optInteger(_ i: Int) throws -> Int? { isNil(at: i) ? nil : try checkInteger(i) }
    public func optNumber(_ i: Int) throws -> Double? { isNil(at: i) ? nil : try checkNumber(i) }

    public func typeError(_ i: Int, expected: String) -> LuaArgumentError {
        let got = type(at: i) == .none ? "no value" : typeName(at: i)
        return LuaArgumentError(i, "\(expected) expected, got \(got)")
    }
}

extension LuaStack {
    public func pushValue(at i: Int) { if grow() { lua_pushvalue(L, Int32(i)) } }

    /// Pushes `t[key]` for the value at `index`, running metamethods under protection.
    public func getField(_ key: String, at index: Int) throws {
        let t = Int(lua_absindex(L, Int32(index)))
        try reserve(4)
        push(key)
        let status = pk_gettable_p(L, Int32(t))
        if status != LUA_OK { throw vm.popError(status) }
    }

    /// Raw `t[i]` for the table at `index` (no metamethods).
    @discardableResult
    public func rawGet(_ i: Int, at index: Int) -> LuaType {
        guard grow() else { return .none }
        return LuaType(code: lua_rawgeti(L, Int32(index), lua_Integer(i)))
    }

    /// Raw `t[key]` for the table at `index` (no metamethods).
    @discardableResult
    public func rawGet(_ key: String, at index: Int) -> LuaType {
        let t = lua_absindex(L, Int32(index))
        guard grow() else { return .none }
        push(key)
        return LuaType(code: lua_rawget(L, t))
    }

    /// Raw length of the table or string at `index`.
    public func rawLength(at index: Int) -> Int { Int(lua_rawlen(L, Int32(index))) }
}

extension LuaStack {
    public func pushGlobals() { if grow() { pk_pushglobaltable(L) } }
    public func remove(at i: Int) { pk_remove(L, Int32(i)) }
}

extension LuaStack {
    /// Moves the top value to position `i`, shifting the values above it up.
    public func insert(at i: Int) { pk_insert(L, Int32(i)) }
}
