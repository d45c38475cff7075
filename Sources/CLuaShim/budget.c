// The run's budget: Lua memory of every state of a run plus what the host allocates on a script's
// behalf, instructions and the deadline. Host code charges its large buffers here before growing
// them (pk_charge), so `--max-memory` bounds the host too, and counts long loops (pk_host_steps),
// so `--timeout` and `--max-instructions` reach inside host calls.
#include "shim_internal.h"
#include <stdlib.h>

pk_budget *pk_budget_new(void) {
    pk_budget *b = (pk_budget *)calloc(1, sizeof(pk_budget));
    if (b) atomic_init(&b->refs, 1);
    return b;
}

void *pk_budget_retain(lua_State *L) {
    pk_budget *b = pk_G(L)->budget;
    atomic_fetch_add(&b->refs, 1);
    return b;
}

void pk_budget_release(void *budget) {
    pk_budget *b = (pk_budget *)budget;
    if (b && atomic_fetch_sub(&b->refs, 1) == 1) free(b);
}

void pk_budget_add_used(pk_budget *b, int64_t delta) {
    int64_t now = atomic_fetch_add_explicit(&b->used, delta, memory_order_relaxed) + delta;
    int64_t peak = atomic_load_explicit(&b->peak, memory_order_relaxed);
    while (now > peak && !atomic_compare_exchange_weak(&b->peak, &peak, now)) {}
}

int pk_over_cap(pk_global *g, int64_t more) {
    return g->cap && atomic_load_explicit(&g->budget->used, memory_order_relaxed) + more > (int64_t)g->cap;
}

// Joins `budget` (taken from another state by pk_budget_retain): this state's memory, instructions
// and deadline are counted with that state's from now on.
void pk_share_budget(lua_State *L, void *budget) {
    pk_global *g = pk_G(L);
    pk_budget *b = (pk_budget *)budget;
    if (b == g->budget) return;
    atomic_fetch_add(&b->refs, 1);
    pk_budget_add_used(b, (int64_t)g->used);
    pk_budget_add_used(g->budget, -(int64_t)g->used);
    pk_budget_release(g->budget);
    g->budget = b;
}

int pk_charge(lua_State *L, size_t bytes) {
    pk_global *g = pk_G(L);
    if (pk_over_cap(g, (int64_t)bytes)) {
        if (!g->tripped) g->tripped = PK_LIMIT_MEMORY;
        lua_sethook(g->main, pk_hook, LUA_MASKCOUNT, 1);
        return 0;
    }
    g->host_charged += (int64_t)bytes;
    pk_budget_add_used(g->budget, (int64_t)bytes);
    return 1;
}

int64_t pk_host_charged(lua_State *L) { return pk_G(L)->host_charged; }
void pk_release_charges(lua_State *L) { pk_release_host_charges(pk_G(L)); }

void pk_release_host_charges(pk_global *g) {
    if (g->host_charged) {
        pk_budget_add_used(g->budget, -g->host_charged);
        g->host_charged = 0;
    }
}

int pk_hold(lua_State *L, int64_t bytes) {
    pk_global *g = pk_G(L);
    if (bytes > 0 && pk_over_cap(g, bytes)) {
        if (!g->tripped) g->tripped = PK_LIMIT_MEMORY;
        lua_sethook(g->main, pk_hook, LUA_MASKCOUNT, 1);
        return 0;
    }
    pk_budget_add_used(g->budget, bytes);
    return 1;
}

void pk_unhold(void *budget, int64_t bytes) { pk_budget_add_used((pk_budget *)budget, -bytes); }

size_t pk_run_memory_used(lua_State *L) {
    int64_t used = atomic_load(&pk_G(L)->budget->used);
    return used > 0 ? (size_t)used : 0;
}

size_t pk_run_memory_peak(lua_State *L) { return (size_t)atomic_load(&pk_G(L)->budget->peak); }
