// Opening, configuring and reading from a libedit editor.
#include "CEditLineShim.h"

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <wchar.h>

struct le_editor {
    EditLine *el;
    History *hist;
    char *prompt;
    le_complete_fn complete;
    void *complete_context;
    int interrupting; // set by Ctrl-C until el_gets has returned
};

// A key sequence no terminal sends; Ctrl-C pushes it so the line is first redrawn with the cursor
// at its end (where "^C" then belongs) and only then ends el_gets.
#define LE_FINISH_INTERRUPT_KEY "^[[9999~"
#define LE_FINISH_INTERRUPT_SEQ "\033[9999~"

static le_editor *editor_of(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return (le_editor *)data;
}

static char *prompt_of(EditLine *el) {
    le_editor *e = editor_of(el);
    static char empty[] = "";
    return (e && e->prompt) ? e->prompt : empty;
}

static unsigned char fn_complete(EditLine *el, int ch) {
    (void)ch;
    le_editor *e = editor_of(el);
    if (!e || !e->complete) return CC_ERROR;
    return e->complete(e->complete_context, el);
}

static unsigned char fn_interrupt(EditLine *el, int ch) {
    (void)ch;
    le_editor *e = editor_of(el);
    if (!e) return CC_EOF;
    e->interrupting = 1;
    const LineInfoW *li = el_wline(el);
    el_cursor(el, (int)(li->lastchar - li->cursor));
    el_push(el, LE_FINISH_INTERRUPT_SEQ);
    return CC_REFRESH;
}

static unsigned char fn_finish_interrupt(EditLine *el, int ch) {
    (void)ch;
    le_editor *e = editor_of(el);
    // Typed by hand (not pushed by Ctrl-C): not ours to act on.
    if (!e || !e->interrupting) return CC_ERROR;
    return CC_EOF;
}

void le_ensure_utf8_ctype(void) {
    const char *set = setlocale(LC_CTYPE, "");
    const char *codeset = set ? nl_langinfo(CODESET) : NULL;
    if (codeset && (strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "utf8") == 0)) return;
    if (!setlocale(LC_CTYPE, "C.UTF-8")) setlocale(LC_CTYPE, "C.utf8");
}

static void bind(EditLine *el, const char *key, const char *function) {
    el_set(el, EL_BIND, key, function, NULL);
}

// Ctrl-C and its finishing key, in both the main and the alternate (vi command) map, so they
// hold whatever editor mode ~/.editrc picks.
static void bind_interrupt_keys(EditLine *el) {
    bind(el, "^C", "le-interrupt");
    bind(el, LE_FINISH_INTERRUPT_KEY, "le-finish-interrupt");
    el_set(el, EL_BIND, "-a", "^C", "le-interrupt", NULL);
    el_set(el, EL_BIND, "-a", LE_FINISH_INTERRUPT_KEY, "le-finish-interrupt", NULL);
}

static void bind_keys(EditLine *el) {
    el_set(el, EL_ADDFN, "le-complete", "Complete the word before the cursor", fn_complete);
    el_set(el, EL_ADDFN, "le-interrupt", "Discard the line being edited", fn_interrupt);
    el_set(el, EL_ADDFN, "le-finish-interrupt", "Internal step of le-interrupt", fn_finish_interrupt);
    bind(el, "^I", "le-complete");
    bind_interrupt_keys(el);
    bind(el, "^R", "em-inc-search-prev");
    bind(el, "^W", "ed-delete-prev-word");
    // Keys many terminals send that libedit's defaults may miss.
    bind(el, "^[[3~", "ed-delete-next-char");
    bind(el, "^[[H", "ed-move-to-beg");
    bind(el, "^[[F", "ed-move-to-end");
    bind(el, "^[OH", "ed-move-to-beg");
    bind(el, "^[OF", "ed-move-to-end");
    bind(el, "^[[1~", "ed-move-to-beg");
    bind(el, "^[[4~", "ed-move-to-end");
    bind(el, "^[[7~", "ed-move-to-beg");
    bind(el, "^[[8~", "ed-move-to-end");
    bind(el, "^[[1;5D", "ed-prev-word");
    bind(el, "^[[1;5C", "em-next-word");
    bind(el, "^[[1;3D", "ed-prev-word");
    bind(el, "^[[1;3C", "em-next-word");
}

le_editor *le_open(const char *program_name, int history_limit) {
    le_editor *e = calloc(1, sizeof *e);
    if (!e) return NULL;
    e->el = el_init(program_name, stdin, stdout, stderr);
    e->hist = history_init();
    if (!e->el || !e->hist) {
        le_close(e);
        return NULL;
    }
    HistEvent ev;
    history(e->hist, &ev, H_SETSIZE, history_limit > 0 ? history_limit : 1);
    history(e->hist, &ev, H_SETUNIQUE, 1);

    EditLine *el = e->el;
    el_set(el, EL_CLIENTDATA, (void *)e);
    el_set(el, EL_EDITOR, "emacs");
    // libedit restores the terminal on SIGTSTP/SIGTERM/... and follows window resizes.
    el_set(el, EL_SIGNAL, 1);
    el_set(el, EL_PROMPT, prompt_of);
    el_set(el, EL_HIST, history, e->hist);
    bind_keys(el);
    // While editing, the tty's interrupt character must arrive as a key (bound to le-interrupt)
    // instead of raising SIGINT; job control (Ctrl-Z) keeps working.
    el_set(el, EL_SETTY, "-d", "-intr", NULL);
    el_set(el, EL_SETTY, "-d", "intr=", NULL);
    // The user's ~/.editrc (or $EDITRC) may rebind anything but Ctrl-C, which the caller relies on.
    el_source(el, NULL);
    bind_interrupt_keys(el);
    return e;
}

void le_close(le_editor *e) {
    if (!e) return;
    if (e->el) el_end(e->el);
    if (e->hist) history_end(e->hist);
    free(e->prompt);
    free(e);
}

void le_set_completer(le_editor *e, le_complete_fn fn, void *context) {
    e->complete = fn;
    e->complete_context = context;
}

int le_read(le_editor *e, const char *prompt, const char **line, int *length) {
    char *copy = strdup(prompt ? prompt : "");
    if (copy) {
        free(e->prompt);
        e->prompt = copy;
    }
    e->interrupting = 0;
    int count = 0;
    const char *text = el_gets(e->el, &count);
    int saved_errno = errno;
    if (e->interrupting || (count < 0 && saved_errno == EINTR)) {
        e->interrupting = 0;
        fputs("^C\n", stdout);
        fflush(stdout);
        return LE_READ_INTERRUPTED;
    }
    if (!text || count <= 0) {
        fputs("\n", stdout);
        fflush(stdout);
        return LE_READ_EOF;
    }
    int n = count;
    while (n > 0 && (text[n - 1] == '\n' || text[n - 1] == '\r')) n--;
    *line = text;
    *length = n;
    return LE_READ_LINE;
}

int le_columns(le_editor *e) {
    int columns = 0;
    if (el_get(e->el, EL_GETTC, "co", &columns, NULL) != 0 || columns <= 0) return 80;
    return columns;
}

void le_history_add(le_editor *e, const char *line) {
    HistEvent ev;
    history(e->hist, &ev, H_ENTER, line);
}

int le_history_load(le_editor *e, const char *path) {
    HistEvent ev;
    return history(e->hist, &ev, H_LOAD, path) < 0 ? -1 : 0;
}
