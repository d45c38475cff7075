import CLuaShim

/// Raw table access and iteration for host code. Raw operations never run metamethods, and
/// walking a table that is not modified during the walk cannot raise, so none of these longjmp;
/// each checks stack space first.
extension LuaStack {
    /// The absolute (positive) index of `i`, stable while values are pushed above it.
    public func absolute(_ i: Int) -> Int { Int(lua_absindex(L, Int32(i))) }

    /// Whether the number at `i` is an integer (not a float that happens to be whole).
    public func isInteger(at i: Int) -> Bool { lua_isinteger(L, Int32(i)) != 0 }

    /// Raw equality (no `__eq`) of two stack values.
    public func rawEqual(_ a: Int, _ b: Int) -> Bool { lua_rawequal(L, Int32(a), Int32(b)) != 0 }

    /// Pushes raw `t[k]` for the table at `index`, with the key on top (popped); its type.
    @discardableResult
    public func rawGetKeyed(at index: Int) -> LuaType {
        LuaType(code: lua_rawget(L, Int32(absolute(index))))
    }

    /// Raw `t[k] = v` for the table at `index`, with key and value on top (both popped). Nil and
    /// NaN keys are refused with an error (Lua itself would raise).
    public func rawSetKeyed(at index: Int) throws {
        let t = absolute(index)
        let keyType = type(at: -2)
        if keyType.isNil || (keyType == .number && !isInteger(at: -2) && number(at: -2)!.isNaN) {
            pop(2)
            throw LuaError(kind: .runtime, message: "cannot use \(keyType == .number ? "NaN" : "nil") as a table key")
        }
        lua_rawset(L, Int32(t))
    }

    /// Raw `t[key] = value` on the table at `index`, where `push` pushes the value.
    public func setRaw(_ key: LuaValue, at index: Int = -1, _ push: () -> Void) throws {
        let t = absolute(index)
        if let problem = key.keyProblem { throw LuaError(kind: .runtime, message: "cannot use \(problem) as a table key") }
        try reserve(2)
        try self.push(key)
        push()
        lua_rawset(L, Int32(t))
    }

    /// Calls `body(keyIndex, valueIndex)` for every entry of the table at `index`, in `next`
    /// order, without copying. `body` must leave the stack as it found it and must not modify
    /// the table or run Lua code (use `forEachEntry` for that).
    public func forEachRaw(of index: Int, _ body: (Int, Int) throws -> Void) throws {
        let t = absolute(index)
        try reserve(3)
        let base = top
        pushNil()
        defer { setTop(base) }
        while lua_next(L, Int32(t)) != 0 {
            try body(top - 1, top)
            setTop(top - 1) // the key stays for the next step
        }
    }

    /// Calls `body(keyIndex, valueIndex)` for every entry of the table at `index`, after copying
    /// the entries out, so `body` may run Lua code (which may even change the table).
    public func forEachEntry(of index: Int, _ body: (Int, Int) throws -> Void) throws {
        let t = absolute(index)
        try reserve(4)
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
        defer { setTop(copy - 1) }
        var i = 1
        while i < n {
            rawGet(i, at: copy)
            rawGet(i + 1, at: copy)
            try body(top - 1, top)
            setTop(copy)
            i += 2
        }
    }

    /// Pushes a list of the table's values: the table itself when it is a list (`t[1] ~= nil`),
    /// else a new list of its values in `next` order.
    public func pushValues(of index: Int) throws {
        let t = absolute(index)
        try reserve(3)
        if isList(at: t) { pushValue(at: t); return }
        newTable()
        let list = top
        var n = 0
        pushNil()
        while lua_next(L, Int32(t)) != 0 {
            n += 1
            lua_rawseti(L, Int32(list), lua_Integer(n)) // pops the value; the key stays
        }
    }

    /// Whether the table at `index` has a list part (`t[1] ~= nil`).
    public func isList(at index: Int) -> Bool {
        let t = rawGet(1, at: index)
        if t != .none { pop() }
        return !t.isNil
    }

    /// Whether the table at `index` has any entry at all.
    public func hasEntries(_ index: Int) -> Bool {
        let t = absolute(index)
        guard (try? reserve(2)) != nil else { return false }
        pushNil()
        guard lua_next(L, Int32(t)) != 0 else { return false }
        pop(2)
        return true
    }

    /// The value type name for messages, honouring `__name` of host objects and classes.
    public func describe(at i: Int) -> String {
        if type(at: i) == .userdata, let object = metatableName(at: i) { return object }
        return typeName(at: i)
    }

    private func metatableName(at i: Int) -> String? {
        guard (try? reserve(3)) != nil, lua_getmetatable(L, Int32(i)) != 0 else { return nil }
        defer { pop() }
        guard rawGet("__name", at: -1) == .string else { pop(); return nil }
        defer { pop() }
        return string(at: -1)
    }
}
