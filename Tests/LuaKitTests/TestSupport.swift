import CLuaShim
@testable import LuaKit

/// Pushes a copy of the value at `i` (tests only; host code uses LuaStack).
func lua_pushvalue_(_ s: LuaStack, _ i: Int32) { lua_pushvalue(s.L, i) }
