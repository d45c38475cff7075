// Shared by the pattern matcher's two files (see pattern_match.c).
#ifndef CLUASHIM_PATTERN_H
#define CLUASHIM_PATTERN_H
#include "shim_internal.h"
#include <ctype.h>
#include <limits.h>
#include <stddef.h>
#include <string.h>

#define LUA_MAXCAPTURES 32
#define MAXCCALLS 200
#define L_ESC '%'
#define uchar(c) ((unsigned char)(c))
#define l_unlikely(x) __builtin_expect(((x) != 0), 0)
#define lua_assert(c) ((void)0)

// A step costs about what a VM instruction does; limits are checked once per chunk of steps.
#define PK_PATTERN_CHUNK 1000

#define CAP_UNFINISHED	(-1)
#define CAP_POSITION	(-2)


typedef struct MatchState {
  int steps;  /* pranalyze: steps left before the limits are checked again */
  const char *src_init;  /* init of source string */
  const char *src_end;  /* end ('\0') of source string */
  const char *p_end;  /* end ('\0') of pattern */
  lua_State *L;
  int matchdepth;  /* control for recursive depth (to avoid C stack overflow) */
  unsigned char level;  /* total number of captures (finished or unfinished) */
  struct {
    const char *init;
    ptrdiff_t len;
  } capture[LUA_MAXCAPTURES];
} MatchState;

// The matcher: the end of the match of pattern p at s, or NULL.
const char *pk_pattern_match(MatchState *ms, const char *s, const char *p);
#endif
