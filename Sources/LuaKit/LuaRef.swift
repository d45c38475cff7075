import CLuaShim

/// A value kept alive in the Lua registry so Swift can push it again later (hooks, helpers).
public struct LuaRef: Hashable {
    let id: Int32
}

extension LuaVM {
    /// Pops the value on top of the stack into the registry.
    public func ref() -> LuaRef { LuaRef(id: luaL_ref(L, pk_registryindex())) }

    public func push(_ ref: LuaRef) { _ = lua_rawgeti(L, pk_registryindex(), lua_Integer(ref.id)) }

    public func unref(_ ref: LuaRef) { luaL_unref(L, pk_registryindex(), ref.id) }
}
