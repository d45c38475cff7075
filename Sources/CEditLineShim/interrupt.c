// SIGINT as a flag that a long computation polls; everything here is async-signal-safe.
#include "CEditLineShim.h"

#include <pthread.h>
#include <signal.h>
#include <string.h>

static volatile sig_atomic_t pending;
static volatile sig_atomic_t installed;
static struct sigaction previous;

static void on_sigint(int signo) {
    (void)signo;
    if (__atomic_exchange_n(&pending, 1, __ATOMIC_SEQ_CST)) {
        // The first interrupt was never taken: the computation is not polling. Die as usual.
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
    }
}

int le_interrupt_install(void) {
    if (installed) return 0;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_sigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART; // file reads in a computation go on; the flag is polled
    if (sigaction(SIGINT, &action, &previous) != 0) return -1;
    installed = 1;
    // A parent (or a thread pool) may have left SIGINT blocked; the caller means to receive it.
    sigset_t sigint;
    sigemptyset(&sigint);
    sigaddset(&sigint, SIGINT);
    pthread_sigmask(SIG_UNBLOCK, &sigint, NULL);
    return 0;
}

void le_interrupt_uninstall(void) {
    if (!installed) return;
    sigaction(SIGINT, &previous, NULL);
    installed = 0;
}

int le_interrupt_take(void) {
    return __atomic_exchange_n(&pending, 0, __ATOMIC_SEQ_CST) != 0;
}

int le_interrupt_peek(void) {
    return __atomic_load_n(&pending, __ATOMIC_SEQ_CST) != 0;
}
