// Raising Lua operations, each run under lua_pcall so no longjmp ever reaches a Swift frame.
#include "shim_internal.h"
#include <string.h>

static int pk_msgh(lua_State *L) {
    const char *msg = lua_tostring(L, 1);
    if (msg == NULL) {
        if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING) return 1;
        msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
    }
    luaL_traceback(L, L, msg, 1);
    return 1;
}

// Runs Lua code strictly: the memory cap applies while it runs (a Swift caller may be nested).
static int pk_strict_pcall(lua_State *L, int nargs, int nresults, int msgh) {
    pk_global *g = pk_G(L);
    int saved = g->strict;
    g->strict = 1;
    int status = lua_pcall(L, nargs, nresults, msgh);
    g->strict = saved;
    // A refused allocation can end the call before the hook runs (lauxlib raises its own
    // "not enough memory"): it is still the memory limit.
    if (status != LUA_OK && g->memory_refused && !g->tripped) g->tripped = PK_LIMIT_MEMORY;
    return status;
}

int pk_pcall(lua_State *L, int nargs, int nresults) {
    int base = lua_gettop(L) - nargs;
    lua_pushcfunction(L, pk_msgh);
    lua_insert(L, base);
    int status = pk_strict_pcall(L, nargs, nresults, base);
    lua_remove(L, base);
    return status;
}

int pk_load(lua_State *L, const char *buf, size_t len, const char *name, const char *mode) {
    return luaL_loadbufferx(L, buf, len, name, mode);
}

int pk_openlibs(lua_State *L, int mode) {
    lua_pushcfunction(L, pk_openlibs_k);
    lua_pushinteger(L, mode);
    return pk_pcall(L, 1, 0);
}

static int pk_gettable_k(lua_State *L) {
    lua_gettable(L, 1);
    return 1;
}

int pk_gettable_p(lua_State *L, int idx) {
    idx = lua_absindex(L, idx);
    lua_pushcfunction(L, pk_gettable_k);
    lua_pushvalue(L, idx);
    lua_rotate(L, -3, -1); // function, table, key
    return pk_pcall(L, 2, 1);
}

static int pk_settable_k(lua_State *L) {
    lua_settable(L, 1);
    return 0;
}

int pk_settable_p(lua_State *L, int idx) {
    idx = lua_absindex(L, idx);
    lua_pushcfunction(L, pk_settable_k);
    lua_pushvalue(L, idx);
    lua_rotate(L, -4, 2); // function, table, key, value
    return pk_pcall(L, 3, 0);
}

static int pk_next_k(lua_State *L) {
    if (lua_next(L, 1)) return 2;
    return 0;
}

int pk_next_p(lua_State *L, int idx, int *more) {
    idx = lua_absindex(L, idx);
    int top = lua_gettop(L) - 1; // below the key
    lua_pushcfunction(L, pk_next_k);
    lua_pushvalue(L, idx);
    lua_rotate(L, -3, -1); // function, table, key
    int status = pk_pcall(L, 2, LUA_MULTRET);
    if (status != LUA_OK) return status;
    *more = lua_gettop(L) > top;
    return LUA_OK;
}

static int pk_tostring_k(lua_State *L) {
    luaL_tolstring(L, 1, NULL);
    return 1;
}

int pk_tostring_p(lua_State *L, int idx) {
    idx = lua_absindex(L, idx);
    lua_pushcfunction(L, pk_tostring_k);
    lua_pushvalue(L, idx);
    return pk_pcall(L, 1, 1);
}

static int pk_len_k(lua_State *L) {
    lua_pushinteger(L, luaL_len(L, 1));
    return 1;
}

int pk_len_p(lua_State *L, int idx, lua_Integer *len) {
    idx = lua_absindex(L, idx);
    lua_pushcfunction(L, pk_len_k);
    lua_pushvalue(L, idx);
    int status = pk_pcall(L, 1, 1);
    if (status == LUA_OK) {
        *len = lua_tointeger(L, -1);
        lua_pop(L, 1);
    }
    return status;
}

static int pk_getglobal_k(lua_State *L) {
    lua_getglobal(L, lua_tostring(L, 1));
    return 1;
}

int pk_getglobal_p(lua_State *L, const char *name) {
    lua_pushcfunction(L, pk_getglobal_k);
    lua_pushstring(L, name);
    return pk_pcall(L, 1, 1);
}

static int pk_setglobal_k(lua_State *L) {
    lua_setglobal(L, lua_tostring(L, 1)); // value at 2
    return 0;
}

int pk_setglobal_p(lua_State *L, const char *name) {
    lua_pushcfunction(L, pk_setglobal_k);
    lua_pushstring(L, name);
    lua_rotate(L, -3, -1); // function, name, value
    return pk_pcall(L, 2, 0);
}

// MARK: Stack space

int pk_grow(lua_State *L) {
    if (lua_checkstack(L, 1)) return 1;
    pk_G(L)->stack_fault = 1;
    return 0;
}

int pk_reserve(lua_State *L, int n) {
    if (n < 0 || lua_checkstack(L, n)) return 1;
    pk_G(L)->stack_fault = 1;
    return 0;
}

int pk_stack_fault(lua_State *L) {
    pk_global *g = pk_G(L);
    int fault = g->stack_fault;
    g->stack_fault = 0;
    return fault;
}
