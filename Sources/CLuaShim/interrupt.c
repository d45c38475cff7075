// Ctrl-C while Lua runs: a SIGINT handler that stops the running state at its next instruction.
// Kept in C because a signal handler may only touch async-signal-safe state.
#include "shim_internal.h"
#include <signal.h>
#include <string.h>

static lua_State *volatile pk_sigint_target;
static struct sigaction pk_sigint_saved;

static void pk_sigint_handler(int sig) {
    (void)sig;
    lua_State *L = pk_sigint_target;
    if (L) pk_interrupt(L);
}

void pk_sigint_begin(lua_State *L) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = pk_sigint_handler;
    sigemptyset(&sa.sa_mask);
    pk_sigint_target = L;
    sigaction(SIGINT, &sa, &pk_sigint_saved);
}

void pk_sigint_end(void) {
    sigaction(SIGINT, &pk_sigint_saved, NULL);
    pk_sigint_target = NULL;
}
