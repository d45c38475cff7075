// The C side of the line editor. libedit's el_set/el_get/history are variadic, which Swift cannot
// call, so every use of them lives here behind fixed signatures. The SIGINT flag lives here too:
// a signal handler must be plain async-signal-safe C.
#ifndef CEDITLINESHIM_H
#define CEDITLINESHIM_H

#include <histedit.h>

/// One editing session: the EditLine, its History and the state its key functions need.
typedef struct le_editor le_editor;

/// Called on Tab with the editor; returns a libedit CC_* code.
typedef unsigned char (*le_complete_fn)(void *context, EditLine *el);

enum {
    LE_READ_LINE = 1,        // a line was read (without its newline)
    LE_READ_EOF = 0,         // Ctrl-D on an empty line, or the terminal went away
    LE_READ_INTERRUPTED = 2, // Ctrl-C: the line was discarded
};

/// Makes LC_CTYPE a UTF-8 locale (the environment's if it is UTF-8, else C.UTF-8) so libedit
/// decodes typed multibyte characters instead of dropping them. Other categories are untouched.
void le_ensure_utf8_ctype(void);

/// Opens an editor on stdin/stdout with emacs bindings, the user's ~/.editrc, and an in-memory
/// history of at most `history_limit` entries. Returns NULL if libedit cannot start.
le_editor *le_open(const char *program_name, int history_limit);
void le_close(le_editor *e);

void le_set_completer(le_editor *e, le_complete_fn fn, void *context);

/// Reads one line. On LE_READ_LINE, *line/*length point into libedit's buffer (valid until the
/// next call) without the trailing newline.
int le_read(le_editor *e, const char *prompt, const char **line, int *length);

/// Adds an entry to the in-memory history (consecutive duplicates are kept once).
void le_history_add(le_editor *e, const char *line);
/// Loads a history file into memory; returns -1 if it cannot be read.
int le_history_load(le_editor *e, const char *path);

/// Appends `count` lines to the history file at `path`, keeping what other sessions saved there,
/// trimmed to the newest `limit` entries. Written to a temporary file and renamed into place.
/// Returns 0 on success, -1 on failure.
int le_history_append_file(const char *path, int limit, const char *const *lines, int count);

/// Terminal width in columns as libedit knows it (80 if unknown).
int le_columns(le_editor *e);

// Interrupt flag for computations: SIGINT sets it; a second SIGINT while it is still pending
// restores the default action and re-raises, so a computation that never polls can still be killed.
int le_interrupt_install(void);
void le_interrupt_uninstall(void);
/// Returns the pending flag and clears it atomically.
int le_interrupt_take(void);
int le_interrupt_peek(void);

#endif
