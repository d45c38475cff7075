// `require` for sandboxed scripts: a host resolver picks the file (or refuses the name); the
// file is loaded as text only, run once, and its result cached.
#include "shim_internal.h"

#define PK_MODULES "pranalyze.modules"     // require's cache: module name -> value

static char pk_loading; // address marks a module whose chunk is still running

// require(name): the resolver (upvalue 1, a host function) maps the name to a file in the search
// path or explains why not; the file is loaded as text only and run once, its result cached.
static int pk_require(lua_State *L) {
    const char *name = luaL_checkstring(L, 1);
    lua_settop(L, 1);
    luaL_getsubtable(L, LUA_REGISTRYINDEX, PK_MODULES); // 2
    lua_pushvalue(L, 1);
    int cached = lua_rawget(L, 2);
    if (cached == LUA_TLIGHTUSERDATA && lua_touserdata(L, -1) == &pk_loading)
        return luaL_error(L, "module '%s' requires itself (a require loop)", name);
    if (cached != LUA_TNIL) return 1;
    lua_pop(L, 1);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushvalue(L, 1);
    lua_call(L, 1, 2); // 3: path or nil, 4: message
    if (lua_type(L, 3) != LUA_TSTRING) return luaL_error(L, "%s", luaL_optstring(L, 4, "module not found"));
    const char *path = lua_tostring(L, 3);
    if (luaL_loadfilex(L, path, "t") != LUA_OK) // 5: the chunk
        return luaL_error(L, "error loading module '%s' from file '%s':\n\t%s", name, path, lua_tostring(L, -1));
    lua_pushvalue(L, 1);
    lua_pushlightuserdata(L, &pk_loading);
    lua_rawset(L, 2);
    lua_pushvalue(L, 1);
    lua_pushvalue(L, 3);
    if (lua_pcall(L, 2, 1, 0) != LUA_OK) {
        lua_pushvalue(L, 1);
        lua_pushnil(L);
        lua_rawset(L, 2);
        return lua_error(L);
    }
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        lua_pushboolean(L, 1);
    }
    lua_pushvalue(L, 1);
    lua_pushvalue(L, -2);
    lua_rawset(L, 2);
    lua_pushvalue(L, 3);
    return 2;
}

// Sets global `require` to pk_require over the resolver function on top (popped).
void pk_install_require(lua_State *L) {
    lua_pushcclosure(L, pk_require, 1);
    lua_setglobal(L, "require");
}
