// States, the capped allocator and the limit hook.
#include "shim_internal.h"
#include <stdlib.h>
#include <time.h>

pk_call_fn pk_g_call;
pk_index_fn pk_g_index;
pk_release_fn pk_g_release;

void pk_set_callbacks(pk_call_fn call, pk_index_fn index, pk_release_fn release) {
    pk_g_call = call;
    pk_g_index = index;
    pk_g_release = release;
}

double pk_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

// Refuses growth beyond the cap only while Lua code runs under pk_pcall (strict), never while a
// Swift frame is active: a refusal there would longjmp through Swift. The trampoline checks the cap
// once the Swift frame has returned. A refusal is confirmed (and trips the limit) only if Lua's
// emergency collection does not make the same request fit on its retry.
static void *pk_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
    pk_global *g = (pk_global *)ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        g->used -= old;
        if (old) pk_budget_add_used(g->budget, -(int64_t)old);
        return NULL;
    }
    if (g->cap && g->strict && nsize > old && pk_over_cap(g, (int64_t)nsize - (int64_t)old)) {
        g->refused_ptr = ptr;
        g->refused_size = nsize;
        g->memory_refused = 1;
        if (g->main) lua_sethook(g->main, pk_hook, LUA_MASKCOUNT, 1);
        return NULL;
    }
    void *p = realloc(ptr, nsize);
    if (p == NULL) {
        if (!g->strict) abort(); // the system is out of memory and no protected frame can take an error
        return NULL;
    }
    if (g->memory_refused && ptr == g->refused_ptr && nsize == g->refused_size) g->memory_refused = 0;
    g->used = g->used - old + nsize;
    if (g->used > g->peak) g->peak = g->used;
    pk_budget_add_used(g->budget, (int64_t)nsize - (int64_t)old);
    return p;
}

const char *pk_limit_message(int reason) {
    switch (reason) {
    case PK_LIMIT_INSTRUCTIONS: return "instruction limit exceeded";
    case PK_LIMIT_DEADLINE: return "time limit exceeded";
    case PK_LIMIT_INTERRUPT: return "interrupted";
    case PK_LIMIT_MEMORY: return "memory limit exceeded";
    case PK_LIMIT_OUTPUT: return "output limit exceeded";
    default: return "limit exceeded";
    }
}

// Counts `steps` units of work; whether a limit is (now) tripped.
static int pk_count(pk_global *g, int64_t steps) {
    if (!g->tripped) {
        if (g->memory_refused) {
            g->tripped = PK_LIMIT_MEMORY;
        } else if (g->interrupt) {
            g->tripped = PK_LIMIT_INTERRUPT;
        } else {
            pk_budget *b = g->budget;
            int64_t done = atomic_fetch_add_explicit(&b->instructions, steps, memory_order_relaxed) + steps;
            if (b->instruction_limit && done > b->instruction_limit)
                g->tripped = PK_LIMIT_INSTRUCTIONS;
            else if (b->deadline > 0 && pk_now() > b->deadline)
                g->tripped = PK_LIMIT_DEADLINE;
        }
    }
    return g->tripped != 0;
}

static void pk_raise_tripped(lua_State *L) {
    pk_global *g = pk_G(L);
    // Once tripped, raise on every instruction of this thread and of the main one (a coroutine's
    // error can be caught by its resumer), so pcall cannot swallow it.
    if (lua_gethookcount(L) != 1) lua_sethook(L, pk_hook, LUA_MASKCOUNT, 1);
    if (g->main && g->main != L && lua_gethookcount(g->main) != 1) lua_sethook(g->main, pk_hook, LUA_MASKCOUNT, 1);
    luaL_error(L, "%s", pk_limit_message(g->tripped));
}

void pk_account(lua_State *L, int64_t steps) {
    if (pk_count(pk_G(L), steps)) pk_raise_tripped(L);
}

// Host loops count their work here; counted against the limits in hook-sized steps. Never raises
// (a Swift frame is running): returns the tripped limit, which the caller throws.
int pk_host_steps(lua_State *L, int64_t steps) {
    pk_global *g = pk_G(L);
    g->host_steps += steps;
    if (g->host_steps >= PK_HOOK_STEP || g->tripped || g->interrupt || g->memory_refused) {
        int64_t n = g->host_steps;
        g->host_steps = 0;
        if (pk_count(g, n)) lua_sethook(g->main, pk_hook, LUA_MASKCOUNT, 1);
    }
    return g->tripped;
}

void pk_hook(lua_State *L, lua_Debug *ar) {
    (void)ar;
    pk_global *g = pk_G(L);
    if (!g->tripped) {
        pk_count(g, PK_HOOK_STEP);
        if (!g->tripped) {
            // lua_sethook walks the whole call chain: only call it when the count must change
            // (the count re-arms by itself), or deep recursion turns quadratic.
            if (lua_gethookcount(L) != PK_HOOK_STEP) lua_sethook(L, pk_hook, LUA_MASKCOUNT, PK_HOOK_STEP);
            return;
        }
    }
    pk_raise_tripped(L);
}

lua_State *pk_newstate(void *host) {
    pk_global *g = (pk_global *)calloc(1, sizeof(pk_global));
    if (!g) return NULL;
    g->budget = pk_budget_new();
    if (!g->budget) {
        free(g);
        return NULL;
    }
    lua_State *L = lua_newstate(pk_alloc, g);
    if (!L) {
        pk_budget_release(g->budget);
        free(g);
        return NULL;
    }
    g->main = L;
    g->host = host;
    *(pk_global **)lua_getextraspace(L) = g; // threads copy the main thread's extra space
    lua_sethook(L, pk_hook, LUA_MASKCOUNT, PK_HOOK_STEP);
    return L;
}

void pk_close(lua_State *L) {
    pk_global *g = pk_G(L);
    g->strict = 0;
    lua_close(L);
    pk_budget_release(g->budget);
    free(g);
}

void *pk_host(lua_State *L) { return pk_G(L)->host; }
void pk_set_host(lua_State *L, void *host) { pk_G(L)->host = host; }

void pk_set_memory_limit(lua_State *L, size_t bytes) { pk_G(L)->cap = bytes; }
size_t pk_memory_used(lua_State *L) { return pk_G(L)->used; }
size_t pk_memory_peak(lua_State *L) { return pk_G(L)->peak; }
void pk_set_instruction_limit(lua_State *L, int64_t count) { pk_G(L)->budget->instruction_limit = count; }
int64_t pk_instructions(lua_State *L) { return atomic_load(&pk_G(L)->budget->instructions); }

void pk_set_deadline(lua_State *L, double seconds) {
    pk_G(L)->budget->deadline = seconds > 0 ? pk_now() + seconds : 0;
}

void pk_interrupt(lua_State *L) {
    pk_global *g = pk_G(L);
    g->interrupt = 1;
    lua_sethook(g->main, pk_hook, LUA_MASKCOUNT, 1); // lua_sethook is safe in a signal handler
}

int pk_limit_tripped(lua_State *L) { return pk_G(L)->tripped; }

void pk_trip(lua_State *L, int reason) {
    pk_global *g = pk_G(L);
    if (!g->tripped) g->tripped = reason;
    lua_sethook(L, pk_hook, LUA_MASKCOUNT, 1);
    lua_sethook(g->main, pk_hook, LUA_MASKCOUNT, 1);
}

void pk_reset_limits(lua_State *L) {
    pk_global *g = pk_G(L);
    g->tripped = PK_LIMIT_NONE;
    g->interrupt = 0;
    g->memory_refused = 0;
    g->host_steps = 0;
    atomic_store(&g->budget->instructions, 0);
    lua_sethook(g->main, pk_hook, LUA_MASKCOUNT, PK_HOOK_STEP);
}
