// Saving history without losing what other sessions saved in the meantime.
#include "CEditLineShim.h"

#include <limits.h>
#include <stdio.h>
#include <unistd.h>

int le_history_append_file(const char *path, int limit, const char *const *lines, int count) {
    History *h = history_init();
    if (!h) return -1;
    HistEvent ev;
    history(h, &ev, H_SETSIZE, limit > 0 ? limit : 1);
    history(h, &ev, H_SETUNIQUE, 1);
    // A file that exists but cannot be read is left alone rather than replaced by this session's
    // lines alone; a missing file is simply the first session.
    if (history(h, &ev, H_LOAD, path) < 0 && access(path, F_OK) == 0) {
        history_end(h);
        return -1;
    }
    for (int i = 0; i < count; i++) history(h, &ev, H_ENTER, lines[i]);

    char temporary[PATH_MAX];
    int rc = -1;
    if (snprintf(temporary, sizeof temporary, "%s.%ld.tmp", path, (long)getpid()) < (int)sizeof temporary) {
        if (history(h, &ev, H_SAVE, temporary) >= 0 && rename(temporary, path) == 0) rc = 0;
        else unlink(temporary);
    }
    history_end(h);
    return rc;
}
