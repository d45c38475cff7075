// Read-only tables: an empty proxy whose metatable reads through to the guarded table and
// refuses writes, plus `next`, `rawget`, `rawset` and `rawlen` that see through proxies (so
// `pairs`, `next` and completion keep working while `rawset` cannot shadow a member).
#include "shim_internal.h"

#define PK_READONLY "pranalyze.readonly"   // weak-keyed: read-only proxy -> the table it guards

static int pk_ro_newindex(lua_State *L) {
    return luaL_error(L, "attempt to modify read-only table '%s'", lua_tostring(L, lua_upvalueindex(1)));
}

// If the value at idx is a read-only proxy, pushes the table it guards and returns 1.
static int pk_ro_original(lua_State *L, int idx) {
    if (lua_type(L, idx) != LUA_TTABLE) return 0;
    idx = lua_absindex(L, idx);
    if (lua_getfield(L, LUA_REGISTRYINDEX, PK_READONLY) != LUA_TTABLE) {
        lua_pop(L, 1);
        return 0;
    }
    lua_pushvalue(L, idx);
    if (lua_rawget(L, -2) == LUA_TTABLE) {
        lua_remove(L, -2);
        return 1;
    }
    lua_pop(L, 2);
    return 0;
}

int pk_ro_next(lua_State *L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 2);
    if (pk_ro_original(L, 1)) lua_replace(L, 1);
    if (lua_next(L, 1)) return 2;
    lua_pushnil(L);
    return 1;
}

static int pk_ro_pairs(lua_State *L) {
    lua_pushcfunction(L, pk_ro_next);
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    return 3;
}

static int pk_ro_len(lua_State *L) {
    lua_pushinteger(L, (lua_Integer)lua_rawlen(L, lua_upvalueindex(1)));
    return 1;
}

int pk_ro_rawget(lua_State *L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    luaL_checkany(L, 2);
    lua_settop(L, 2);
    if (pk_ro_original(L, 1)) lua_replace(L, 1);
    lua_rawget(L, 1);
    return 1;
}

int pk_ro_rawset(lua_State *L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    luaL_checkany(L, 2);
    luaL_checkany(L, 3);
    if (pk_ro_original(L, 1)) {
        luaL_getmetafield(L, 1, "__readonly");
        return luaL_error(L, "attempt to modify read-only table '%s'", lua_tostring(L, -1));
    }
    lua_settop(L, 3);
    lua_rawset(L, 1);
    return 1;
}

int pk_ro_rawlen(lua_State *L) {
    int t = lua_type(L, 1);
    luaL_argexpected(L, t == LUA_TTABLE || t == LUA_TSTRING, 1, "table or string");
    if (pk_ro_original(L, 1)) lua_replace(L, 1);
    lua_pushinteger(L, (lua_Integer)lua_rawlen(L, 1));
    return 1;
}

// Replaces the table at idx by an empty proxy that reads through to it and refuses writes.
void pk_make_readonly(lua_State *L, int idx, const char *name) {
    idx = lua_absindex(L, idx);
    lua_newtable(L); // the proxy
    lua_createtable(L, 0, 7);
    lua_pushvalue(L, idx);
    lua_setfield(L, -2, "__index");
    lua_pushstring(L, name);
    lua_pushcclosure(L, pk_ro_newindex, 1);
    lua_setfield(L, -2, "__newindex");
    lua_pushcfunction(L, pk_ro_pairs);
    lua_setfield(L, -2, "__pairs");
    lua_pushvalue(L, idx);
    lua_pushcclosure(L, pk_ro_len, 1);
    lua_setfield(L, -2, "__len");
    lua_pushstring(L, name);
    lua_setfield(L, -2, "__readonly");
    lua_pushliteral(L, "locked");
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    if (!luaL_getsubtable(L, LUA_REGISTRYINDEX, PK_READONLY)) {
        lua_createtable(L, 0, 1);
        lua_pushliteral(L, "k");
        lua_setfield(L, -2, "__mode");
        lua_setmetatable(L, -2);
    }
    lua_pushvalue(L, -2);
    lua_pushvalue(L, idx);
    lua_rawset(L, -3);
    lua_pop(L, 1);
    lua_replace(L, idx);
}

static int pk_readonly_k(lua_State *L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    pk_make_readonly(L, 1, luaL_checkstring(L, 2));
    lua_settop(L, 1);
    return 1;
}

int pk_readonly_p(lua_State *L, const char *name) {
    lua_pushcfunction(L, pk_readonly_k);
    lua_insert(L, -2);
    lua_pushstring(L, name);
    return pk_pcall(L, 2, 1);
}

void pk_readonly_target(lua_State *L, int idx) {
    if (!pk_ro_original(L, idx)) lua_pushvalue(L, idx);
}
