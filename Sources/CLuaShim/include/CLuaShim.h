// The C side of the Lua bridge. Lua reports errors with longjmp; a longjmp across Swift frames is
// undefined behaviour, so every call that may raise is made here, in C, under lua_pcall, and Swift
// callbacks return a status that a C trampoline turns into lua_error after the Swift frame is gone.
#ifndef CLUASHIM_H
#define CLUASHIM_H

#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>
#include <stddef.h>
#include <stdint.h>

// Lua macros re-exposed as functions Swift can call.
static inline int pk_upvalueindex(int i) { return lua_upvalueindex(i); }
static inline int pk_registryindex(void) { return LUA_REGISTRYINDEX; }
static inline void pk_pop(lua_State *L, int n) { lua_pop(L, n); }
static inline void pk_newtable(lua_State *L) { lua_newtable(L); }
static inline int pk_isnil(lua_State *L, int i) { return lua_isnil(L, i); }
static inline int pk_isnoneornil(lua_State *L, int i) { return lua_isnoneornil(L, i); }
static inline const char *pk_tolstring(lua_State *L, int i, size_t *len) { return lua_tolstring(L, i, len); }
static inline lua_Number pk_tonumber(lua_State *L, int i) { return lua_tonumberx(L, i, NULL); }
static inline lua_Integer pk_tointegerx(lua_State *L, int i, int *isnum) { return lua_tointegerx(L, i, isnum); }
static inline void pk_pushcclosure(lua_State *L, lua_CFunction f, int n) { lua_pushcclosure(L, f, n); }
static inline int pk_rawgeti(lua_State *L, int i, lua_Integer n) { return lua_rawgeti(L, i, n); }
static inline void pk_remove(lua_State *L, int i) { lua_remove(L, i); }
static inline void pk_insert(lua_State *L, int i) { lua_insert(L, i); }
static inline void pk_replace(lua_State *L, int i) { lua_replace(L, i); }
static inline void *pk_newuserdata(lua_State *L, size_t size, int nuv) { return lua_newuserdatauv(L, size, nuv); }

#endif
