// The library sets a state may open, and the sandbox's replacements for the functions a stranger's
// script must not have in their standard form: text-only `load`, `collectgarbage("count")`,
// `setmetatable` without finalizers, `xpcall` whose handler cannot outlive a limit, and a bounded
// `warn`. Library tables become read-only (readonly.c); `require` is installed by the host (require.c).
#include "shim_internal.h"
#include <stdio.h>
#include <string.h>

#define PK_WARN_BUDGET (1 << 20)           // bytes `warn` may write to stderr per state

// MARK: Replacements of base functions.

// Text-only `load`: the original load, with its mode argument forced to "t".
static int pk_load_text(lua_State *L) {
    int t = lua_type(L, 1);
    luaL_argexpected(L, t == LUA_TSTRING || t == LUA_TFUNCTION, 1, "string or function");
    lua_settop(L, 4);
    lua_pushliteral(L, "t");
    lua_replace(L, 3);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, 4, LUA_MULTRET);
    return lua_gettop(L);
}

// `collectgarbage` reduced to the harmless query.
static int pk_collectgarbage(lua_State *L) {
    const char *opt = luaL_optstring(L, 1, "count");
    if (strcmp(opt, "count") != 0)
        return luaL_error(L, "collectgarbage('%s') is not allowed in the sandbox", opt);
    lua_pushnumber(L, (lua_Number)lua_gc(L, LUA_GCCOUNT, 0) + (lua_Number)lua_gc(L, LUA_GCCOUNTB, 0) / 1024.0);
    return 1;
}

// Lua runs finalizers with hooks off, so a looping __gc could never be stopped: refuse them.
static int pk_setmetatable(lua_State *L) {
    int t = lua_type(L, 2);
    luaL_checktype(L, 1, LUA_TTABLE); // checked here so messages name 'setmetatable'
    luaL_argexpected(L, t == LUA_TNIL || t == LUA_TTABLE, 2, "nil or table");
    if (t == LUA_TTABLE) {
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL)
            return luaL_error(L, "__gc metamethods are not allowed in the sandbox (a finalizer cannot be interrupted)");
        lua_pop(L, 1);
    }
    lua_settop(L, 2);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, 2, 1);
    return 1;
}

// Lua calls a message handler inside the frame that raised, and a limit raises from the hook,
// where hooks are off: a looping handler could never be stopped. Once a limit has tripped, the
// handler is skipped (the limit ends the script whatever it would return).
static int pk_xpcall_handler(lua_State *L) {
    if (pk_G(L)->tripped) return 1;
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

static int pk_xpcall_finish(lua_State *L, int status, lua_KContext extra) {
    if (status != LUA_OK && status != LUA_YIELD) {
        lua_pushboolean(L, 0);
        lua_pushvalue(L, -2);
        return 2;
    }
    return lua_gettop(L) - (int)extra;
}

// lbaselib's xpcall (yieldable), with the handler wrapped.
static int pk_xpcall(lua_State *L) {
    int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushvalue(L, 2);
    lua_pushcclosure(L, pk_xpcall_handler, 1);
    lua_replace(L, 2);
    lua_pushboolean(L, 1);
    lua_pushvalue(L, 1);
    lua_rotate(L, 3, 2);
    int status = lua_pcallk(L, n - 2, LUA_MULTRET, 2, 2, pk_xpcall_finish);
    return pk_xpcall_finish(L, status, 2);
}

// `warn` writes to stderr; the sandbox's version stops after a budget so it cannot fill a disk.
static void pk_warnf(void *ud, const char *msg, int tocont) {
    pk_global *g = (pk_global *)ud;
    if (!g->warn_cont && !tocont && msg[0] == '@') {
        if (strcmp(msg, "@on") == 0) g->warn_on = 1;
        else if (strcmp(msg, "@off") == 0) g->warn_on = 0;
        return;
    }
    if (g->warn_on && g->warn_bytes < PK_WARN_BUDGET) {
        if (!g->warn_cont) g->warn_bytes += (size_t)fprintf(stderr, "Lua warning: ");
        size_t n = strlen(msg);
        if (g->warn_bytes >= PK_WARN_BUDGET) n = 0;
        else if (n > PK_WARN_BUDGET - g->warn_bytes) n = PK_WARN_BUDGET - g->warn_bytes;
        fwrite(msg, 1, n, stderr);
        g->warn_bytes += n;
        if (!tocont) g->warn_bytes += (size_t)fprintf(stderr, "\n");
        if (g->warn_bytes >= PK_WARN_BUDGET) fputs("Lua warning: (further warnings suppressed)\n", stderr);
    }
    g->warn_cont = tocont;
}

// MARK: Opening libraries.

static void pk_set_global_cfunction(lua_State *L, const char *name, lua_CFunction f, int wrap) {
    if (wrap) {
        lua_getglobal(L, name);
        lua_pushcclosure(L, f, 1);
    } else {
        lua_pushcfunction(L, f);
    }
    lua_setglobal(L, name);
}

static void pk_remove_global(lua_State *L, const char *name) {
    lua_pushnil(L);
    lua_setglobal(L, name);
}

// Library tables become read-only proxies, in the globals and in package.loaded alike.
static void pk_freeze_libraries(lua_State *L) {
    static const char *const names[] = {LUA_STRLIBNAME, LUA_TABLIBNAME, LUA_MATHLIBNAME,
                                        LUA_UTF8LIBNAME, LUA_COLIBNAME, LUA_IOLIBNAME,
                                        LUA_OSLIBNAME, NULL}; // package stays open to a trusted script
    luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
    for (const char *const *name = names; *name; name++) {
        if (lua_getglobal(L, *name) != LUA_TTABLE) {
            lua_pop(L, 1);
            continue;
        }
        pk_make_readonly(L, -1, *name);
        lua_pushvalue(L, -1);
        lua_setfield(L, -3, *name);
        lua_setglobal(L, *name);
    }
    lua_pop(L, 1);
    pk_set_global_cfunction(L, "next", pk_ro_next, 0);
    pk_set_global_cfunction(L, "rawget", pk_ro_rawget, 0);
    pk_set_global_cfunction(L, "rawset", pk_ro_rawset, 0);
    pk_set_global_cfunction(L, "rawlen", pk_ro_rawlen, 0);
}

// The string metatable cannot be read or replaced; nor can the global table's in the sandbox
// (trusted scripts may install strict-globals checks).
static void pk_lock_metatables(lua_State *L, int lock_globals) {
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_pushliteral(L, "locked");
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 2);
    if (!lock_globals) return;
    lua_pushglobaltable(L);
    lua_createtable(L, 0, 1);
    lua_pushliteral(L, "locked");
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    lua_pop(L, 1);
}

static void pk_open(lua_State *L, const luaL_Reg *libs) {
    for (const luaL_Reg *lib = libs; lib->func; lib++) {
        luaL_requiref(L, lib->name, lib->func, 1);
        lua_pop(L, 1);
    }
}

int pk_openlibs_k(lua_State *L) {
    int mode = (int)lua_tointeger(L, 1);
    static const luaL_Reg safe[] = {
        {LUA_GNAME, luaopen_base},        {LUA_COLIBNAME, luaopen_coroutine},
        {LUA_STRLIBNAME, luaopen_string}, {LUA_TABLIBNAME, luaopen_table},
        {LUA_MATHLIBNAME, luaopen_math},  {LUA_UTF8LIBNAME, luaopen_utf8},
        {NULL, NULL}};
    static const luaL_Reg trusted[] = {
        {LUA_LOADLIBNAME, luaopen_package}, {LUA_IOLIBNAME, luaopen_io},
        {LUA_OSLIBNAME, luaopen_os},        {NULL, NULL}};
    static const luaL_Reg minimal[] = {{LUA_GNAME, luaopen_base}, {NULL, NULL}};
    pk_global *g = pk_G(L);
    switch (mode) {
    case PK_LIBS_ALL:
        luaL_openlibs(L);
        return 0;
    case PK_LIBS_MINIMAL: {
        pk_open(L, minimal);
        static const char *const removed[] = {"print", "load", "dofile", "loadfile", "require",
                                              "collectgarbage", "setmetatable", "getmetatable", "warn", NULL};
        for (const char *const *name = removed; *name; name++) pk_remove_global(L, *name);
        pk_set_global_cfunction(L, "xpcall", pk_xpcall, 0);
        return 0;
    }
    case PK_LIBS_TRUSTED:
        pk_open(L, safe);
        pk_open(L, trusted);
        break;
    default: // PK_LIBS_SANDBOX
        pk_open(L, safe);
        pk_remove_global(L, "dofile");
        pk_remove_global(L, "loadfile");
        pk_remove_global(L, "require");
        pk_set_global_cfunction(L, "load", pk_load_text, 1);
        pk_set_global_cfunction(L, "collectgarbage", pk_collectgarbage, 0);
        pk_set_global_cfunction(L, "setmetatable", pk_setmetatable, 1);
        lua_getglobal(L, LUA_STRLIBNAME);
        lua_pushnil(L);
        lua_setfield(L, -2, "dump");
        lua_pop(L, 1);
        lua_setwarnf(L, pk_warnf, g);
        break;
    }
    pk_set_global_cfunction(L, "xpcall", pk_xpcall, 0); // limits hold for trusted scripts too
    lua_getglobal(L, LUA_STRLIBNAME); // and inside pattern matching
    pk_install_patterns(L, -1);
    lua_pop(L, 1);
    pk_freeze_libraries(L);
    pk_lock_metatables(L, mode != PK_LIBS_TRUSTED);
    return 0;
}
