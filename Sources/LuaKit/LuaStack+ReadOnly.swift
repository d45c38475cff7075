import CLuaShim

extension LuaStack {
    /// Replaces the table on top of the stack by a read-only proxy (reads, `pairs`, `#` and
    /// `pr.json` see the table; assignments raise an error naming `name`).
    public func makeTopReadOnly(name: String) throws {
        let status = pk_readonly_p(L, name)
        if status != LUA_OK {
            let message = string(at: -1) ?? "could not make '\(name)' read-only"
            pop()
            throw LuaError(kind: .runtime, message: message)
        }
    }
}
