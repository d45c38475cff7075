// The C side of the Lua bridge.
//
// Lua reports errors with longjmp, and a longjmp across Swift frames is undefined behaviour. So:
// - every Lua API call that may raise runs here, in C, under lua_pcall (the pk_*_p helpers);
// - Swift functions are called from a C trampoline; they return a status, and the trampoline
//   raises (lua_error / luaL_argerror) only after the Swift frame has returned;
// - the allocator never refuses memory while a Swift frame is active: the cap is checked by the
//   trampoline after Swift returns, so an allocating push from Swift cannot longjmp;
// - limits (instructions, deadline, interrupt, memory) are enforced by a count hook that keeps
//   raising once tripped, so a script's own pcall cannot swallow them.
#ifndef CLUASHIM_H
#define CLUASHIM_H

#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>
#include <stddef.h>
#include <stdint.h>

// MARK: Lua macros as functions Swift can call.
static inline int pk_upvalueindex(int i) { return lua_upvalueindex(i); }
static inline int pk_registryindex(void) { return LUA_REGISTRYINDEX; }
static inline void pk_pop(lua_State *L, int n) { lua_pop(L, n); }
static inline void pk_newtable(lua_State *L) { lua_newtable(L); }
static inline int pk_isnil(lua_State *L, int i) { return lua_isnil(L, i); }
static inline int pk_isnoneornil(lua_State *L, int i) { return lua_isnoneornil(L, i); }
static inline const char *pk_tolstring(lua_State *L, int i, size_t *len) { return lua_tolstring(L, i, len); }
static inline lua_Number pk_tonumber(lua_State *L, int i, int *isnum) { return lua_tonumberx(L, i, isnum); }
static inline lua_Integer pk_tointeger(lua_State *L, int i, int *isnum) { return lua_tointegerx(L, i, isnum); }
static inline void pk_remove(lua_State *L, int i) { lua_remove(L, i); }
static inline void pk_insert(lua_State *L, int i) { lua_insert(L, i); }
static inline void pk_replace(lua_State *L, int i) { lua_replace(L, i); }
static inline void pk_gc_collect(lua_State *L) { lua_gc(L, LUA_GCCOLLECT); }
// Tells the collector about `kb` of memory held outside Lua by a new userdata, so it collects
// host objects (whose Swift memory Lua cannot see) at the pace they are created.
static inline void pk_gc_step(lua_State *L, int kb) { lua_gc(L, LUA_GCSTEP, kb); }
static inline void pk_pushglobaltable(lua_State *L) { lua_pushglobaltable(L); }

// MARK: Stack space. Swift never pushes without checking: a push asks pk_grow for one slot, and
// a failure is recorded (not raised, which would longjmp through Swift) and turned into an error
// once the Swift frame has returned (trampoline, __index, pk_pcall). Recursive Swift code asks
// pk_reserve for what one level needs and stops with an error when it is refused.
int pk_grow(lua_State *L);                    // 1, or 0 with the stack fault recorded
int pk_reserve(lua_State *L, int n);          // lua_checkstack(n), recording a fault on failure
int pk_stack_fault(lua_State *L);             // whether a fault was recorded (and clears it)

// MARK: Callbacks into Swift, set once per process.
// Call a Swift function: returns the number of results (>= 0) or a PK_RAISE* status with the
// error value (or argument-error message) on top of the stack.
typedef int (*pk_call_fn)(lua_State *L, void *box);
// Read property `prop` of a host object of class `cls`: returns 1 with the value pushed,
// 0 when the object has no such property, or a PK_RAISE* status.
typedef int (*pk_index_fn)(lua_State *L, void *object, int cls, int prop);
// Release a Swift box retained by a userdata (called from __gc and lua_close).
typedef void (*pk_release_fn)(void *box);
void pk_set_callbacks(pk_call_fn call, pk_index_fn index, pk_release_fn release);

enum {
    PK_RAISE = -1,       // raise the value on top, prefixed with the caller's position if a string
    PK_RAISE_RAW = -2,   // raise the value on top as is
    PK_ARGERROR = -1000, // PK_ARGERROR - n: bad argument #n, message on top (luaL_argerror format)
};

// MARK: States.
lua_State *pk_newstate(void *host);
void pk_close(lua_State *L);
void *pk_host(lua_State *L);
void pk_set_host(lua_State *L, void *host);

// MARK: Limits.
enum { PK_LIMIT_NONE = 0, PK_LIMIT_INSTRUCTIONS = 1, PK_LIMIT_DEADLINE = 2, PK_LIMIT_INTERRUPT = 3,
       PK_LIMIT_MEMORY = 4, PK_LIMIT_OUTPUT = 5 };
void pk_set_memory_limit(lua_State *L, size_t bytes);   // 0 = none
size_t pk_memory_used(lua_State *L);
size_t pk_memory_peak(lua_State *L);
void pk_set_instruction_limit(lua_State *L, int64_t count); // 0 = none
void pk_set_deadline(lua_State *L, double seconds);      // from now; 0 = none
void pk_interrupt(lua_State *L);                         // async-signal-safe
int pk_limit_tripped(lua_State *L);                      // PK_LIMIT_*
void pk_reset_limits(lua_State *L);                      // clear a trip and restart the counters
int64_t pk_instructions(lua_State *L);
// The run's budget (budget.c), shared by all states of one run. Host code charges a buffer before
// growing it (pk_charge: 1, or 0 with the memory limit tripped; released when the host call
// returns), holds memory that outlives the call (pk_hold / pk_unhold), and counts long loops
// (pk_host_steps: the tripped PK_LIMIT_*, or 0).
void *pk_budget_retain(lua_State *L);
void pk_budget_release(void *budget);
void pk_share_budget(lua_State *L, void *budget);
int pk_charge(lua_State *L, size_t bytes);
int64_t pk_host_charged(lua_State *L);            // charged by the running host call so far
void pk_release_charges(lua_State *L);            // for host work done outside a host call
int pk_hold(lua_State *L, int64_t bytes);
void pk_unhold(void *budget, int64_t bytes);     // budget from pk_budget_retain
int pk_host_steps(lua_State *L, int64_t steps);
size_t pk_run_memory_used(lua_State *L);
size_t pk_run_memory_peak(lua_State *L);
// While Lua runs on behalf of an interactive user: SIGINT interrupts L (begin), then the previous
// SIGINT disposition is restored (end).
void pk_sigint_begin(lua_State *L);
void pk_sigint_end(void);
// Trips limit `reason` now (e.g. a host-enforced output cap): the script ends even under pcall.
void pk_trip(lua_State *L, int reason);

// MARK: Protected operations; each returns a LUA_* status, with the error value on top on failure.
// Library sets: SANDBOX = base, coroutine, string, table, math, utf8 with the sandbox's replacements;
// TRUSTED = those plus io, os, package (no debug); ALL = luaL_openlibs; MINIMAL = a reduced base
// (no print, load, require, metatables, collectgarbage) for reading metadata.
enum { PK_LIBS_SANDBOX = 0, PK_LIBS_TRUSTED = 1, PK_LIBS_ALL = 2, PK_LIBS_MINIMAL = 3 };
int pk_openlibs(lua_State *L, int mode);
int pk_pcall(lua_State *L, int nargs, int nresults);     // with a traceback message handler
int pk_load(lua_State *L, const char *buf, size_t len, const char *name, const char *mode);
int pk_gettable_p(lua_State *L, int idx);                // t[k] with k on top -> value on top
int pk_settable_p(lua_State *L, int idx);                // t[k] = v with k, v on top
int pk_next_p(lua_State *L, int idx, int *more);         // lua_next; *more = 0 at the end
int pk_tostring_p(lua_State *L, int idx);                // luaL_tolstring (honours __tostring)
int pk_len_p(lua_State *L, int idx, lua_Integer *len);   // #v (honours __len)
int pk_getglobal_p(lua_State *L, const char *name);     // pushes _G[name] (honours _G's metatable)
int pk_setglobal_p(lua_State *L, const char *name);     // _G[name] = value on top (popped)

// MARK: Host functions and objects.
// Push a Lua function that calls Swift `box` (retained by the closure, released by __gc).
void pk_pushfunction(lua_State *L, void *box);
// Create the metatable of host class `cls` from the table on top (popped), whose fields are:
// `props` {name = id}, `methods` {name = function}, and optional metamethods (__tostring, …).
// Returns 0, or a LUA_* status with the error on top.
int pk_defineclass(lua_State *L, int cls);
// Push a userdata for Swift `box` of class `cls`, with a property cache in a user value.
// `alive` (owned by the box, so it lives as long as the userdata) reads 0 once the host has
// invalidated the object: the cache is then dropped and every read goes to Swift, which raises.
void pk_pushobject(lua_State *L, void *box, int cls, const int *alive);
// The box behind a host object of class `cls` at idx (cls < 0: any class), or NULL.
void *pk_toobject(lua_State *L, int idx, int cls, int *foundcls);

// MARK: Sandbox (sandbox.c).
// Replaces the table on top by a read-only proxy named `name` in messages (protected).
int pk_readonly_p(lua_State *L, const char *name);
// Pushes the table a read-only proxy at idx guards, or the value at idx itself.
void pk_readonly_target(lua_State *L, int idx);
// Sets global `require` to a loader over the resolver function on top (popped). The resolver
// receives a module name and returns a file path, or nil and a message.
void pk_install_require(lua_State *L);

#endif
