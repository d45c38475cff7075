// Reading a member a host class does not declare (`r.headlin`) raises, naming the class and the
// nearest declared member, so a typo is an error at its line instead of a silent nil.
#include "shim_internal.h"
#include <ctype.h>
#include <string.h>

#define PK_NAME_MAX 64

// Case-insensitive edit distance (insert, delete, substitute), both lengths < PK_NAME_MAX.
static size_t pk_distance(const char *a, size_t la, const char *b, size_t lb) {
    size_t row[PK_NAME_MAX + 1];
    for (size_t j = 0; j <= lb; j++) row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t above = row[j];
            size_t cost = tolower((unsigned char)a[i - 1]) == tolower((unsigned char)b[j - 1]) ? 0 : 1;
            size_t best = diagonal + cost;
            if (above + 1 < best) best = above + 1;
            if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
            row[j] = best;
            diagonal = above;
        }
    }
    return row[lb];
}

// The nearest string key of the table at `t` to `name` (within a third of its length, at least
// 2 edits) is left on the stack with its distance in *best; nothing is pushed when none is near.
static void pk_nearest(lua_State *L, int t, const char *name, size_t len, size_t *best, int *found) {
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        size_t klen;
        const char *key = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &klen) : NULL;
        if (key && klen < PK_NAME_MAX) {
            size_t d = pk_distance(name, len, key, klen);
            if (d < *best) {
                if (*found) lua_remove(L, -2);
                lua_pushvalue(L, -1);
                lua_insert(L, -2);
                *best = d;
                *found = 1;
            }
        }
    }
}

// Called as the last step of a host object's __index, with the object at 1, the key at 2 and
// the class's property and method tables as upvalues 1 and 2. Returns nil for non-string keys.
int pk_unknown_member(lua_State *L) {
    if (lua_type(L, 2) != LUA_TSTRING) {
        lua_pushnil(L);
        return 1;
    }
    size_t len;
    const char *name = lua_tolstring(L, 2, &len);
    const char *cls = luaL_getmetafield(L, 1, "__name") == LUA_TSTRING ? lua_tostring(L, -1) : "object";
    int found = 0;
    if (len < PK_NAME_MAX) {
        size_t limit = len / 3 > 2 ? len / 3 : 2, best = limit + 1;
        pk_nearest(L, lua_upvalueindex(1), name, len, &best, &found);
        pk_nearest(L, lua_upvalueindex(2), name, len, &best, &found);
    }
    luaL_where(L, 1); // the Lua code that read the member (level 0 is this function)
    if (found) {
        lua_pushfstring(L, "%s has no member '%s'; did you mean '%s'? (`pranalyze docs %s` lists them)",
                        cls, name, lua_tostring(L, -2), cls);
    } else {
        lua_pushfstring(L, "%s has no member '%s' (`pranalyze docs %s` lists them)", cls, name, cls);
    }
    lua_concat(L, 2);
    return lua_error(L);
}
