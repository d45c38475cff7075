// Shared between the shim's C files; not visible to Swift.
#ifndef CLUASHIM_INTERNAL_H
#define CLUASHIM_INTERNAL_H
#include "CLuaShim.h"
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>

#define PK_HOOK_STEP 1000
#define PK_MAX_CLASSES 64
// Stack slots guaranteed to a Swift frame entered from Lua (host functions, property getters).
#define PK_HOST_SLOTS 64

// What the limits count, shared by every state of one run (the main state and its `--jobs`
// workers), so a run's limits hold the same whatever the number of states. Reference counted:
// a worker may outlive the state that created the budget.
typedef struct pk_budget {
    _Atomic int refs;
    _Atomic int64_t used;          // bytes: Lua memory of all sharing states + host charges
    _Atomic int64_t peak;
    _Atomic int64_t instructions;
    int64_t instruction_limit;
    double deadline;
} pk_budget;

typedef struct pk_global {
    void *host;
    lua_State *main;
    pk_budget *budget;
    size_t used, peak, cap;       // used, peak: this state's own Lua memory
    int strict;                  // 1 while Lua code runs under pk_pcall and no Swift frame is active
    void *refused_ptr;
    size_t refused_size;
    volatile sig_atomic_t memory_refused;
    volatile sig_atomic_t interrupt;
    volatile sig_atomic_t tripped;
    const void *class_mt[PK_MAX_CLASSES];
    int warn_on, warn_cont;      // the sandbox's bounded `warn`
    size_t warn_bytes;
    int stack_fault;             // a push from Swift found no stack space (see pk_grow)
    int64_t host_charged;        // bytes charged by the Swift frame now running (pk_charge)
    int64_t host_steps;          // host work not yet counted (pk_host_steps)
} pk_global;

static inline pk_global *pk_G(lua_State *L) { return *(pk_global **)lua_getextraspace(L); }

extern pk_call_fn pk_g_call;
extern pk_index_fn pk_g_index;
extern pk_release_fn pk_g_release;

void pk_hook(lua_State *L, lua_Debug *ar);
// budget.c
pk_budget *pk_budget_new(void);
void pk_budget_add_used(pk_budget *b, int64_t delta);
int pk_over_cap(pk_global *g, int64_t more);   // whether `more` bytes would pass the cap
// Drops what the Swift frame that just returned charged (its buffers are gone with it).
void pk_release_host_charges(pk_global *g);
double pk_now(void);
// Counts `steps` of work done in C (pattern matching) against the limits, as the hook counts
// instructions; raises (from the C function doing the work) once a limit is tripped.
void pk_account(lua_State *L, int64_t steps);
// pattern_lib.c: string.find, match, gmatch, gsub with a step budget, set on the table at idx.
void pk_install_patterns(lua_State *L, int idx);
const char *pk_limit_message(int reason);
// Turns a Swift status into results or a raised error; called only from C functions run by Lua.
int pk_host_return(lua_State *L, int status);
// Opens the library set given as integer argument 1 (a PK_LIBS_* mode); run under pk_pcall.
int pk_openlibs_k(lua_State *L);
// readonly.c: replace the table at idx by its read-only proxy; see-through raw functions.
void pk_make_readonly(lua_State *L, int idx, const char *name);
int pk_ro_next(lua_State *L);
int pk_ro_rawget(lua_State *L);
// unknown_member.c: raises for a member a host class does not declare (see pk_object_index).
int pk_unknown_member(lua_State *L);
int pk_ro_rawset(lua_State *L);
int pk_ro_rawlen(lua_State *L);
#endif
