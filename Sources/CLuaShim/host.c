// Host functions and host objects: the trampoline into Swift, userdata that own Swift boxes,
// and the lazy, cached property lookup behind every host object's __index.
#include "shim_internal.h"

#define PK_BOX_MT "pranalyze.box"
#define PK_CLASSES "pranalyze.classes"

int pk_host_return(lua_State *L, int status) {
    pk_global *g = pk_G(L);
    if (g->strict && pk_over_cap(g, 0)) {
        g->tripped = PK_LIMIT_MEMORY;
        lua_sethook(g->main, pk_hook, LUA_MASKCOUNT, 1);
        return luaL_error(L, "%s", pk_limit_message(PK_LIMIT_MEMORY));
    }
    if (status >= 0) return status;
    if (status == PK_RAISE) {
        if (lua_type(L, -1) == LUA_TSTRING) {
            luaL_where(L, 1);
            lua_insert(L, -2);
            lua_concat(L, 2);
        }
        return lua_error(L);
    }
    if (status == PK_RAISE_RAW) return lua_error(L);
    if (status <= PK_ARGERROR) return luaL_argerror(L, PK_ARGERROR - status, lua_tostring(L, -1));
    return luaL_error(L, "host function returned an invalid status (%d)", status);
}

// Before entering Swift: room for what a host frame pushes (raised here, in C, if there is none).
static void pk_enter_swift(lua_State *L) {
    if (!lua_checkstack(L, PK_HOST_SLOTS)) luaL_error(L, "stack overflow (nesting too deep for a host call)");
    pk_G(L)->stack_fault = 0;
}

// After Swift returned: a push that found no room makes the call fail, whatever it returned.
static int pk_leave_swift(lua_State *L, int status) {
    if (pk_stack_fault(L)) return luaL_error(L, "stack overflow (nesting too deep for a host call)");
    return status;
}

// Calls Swift with strict allocation off, so no allocation made by Swift can longjmp.
static int pk_call_swift_index(lua_State *L, void *box, int cls, int prop) {
    pk_global *g = pk_G(L);
    pk_enter_swift(L);
    int saved = g->strict;
    g->strict = 0;
    int status = pk_g_index(L, box, cls, prop);
    pk_release_host_charges(g);
    g->strict = saved;
    return pk_leave_swift(L, status);
}

static int pk_trampoline(lua_State *L) {
    pk_global *g = pk_G(L);
    void *box = *(void **)lua_touserdata(L, lua_upvalueindex(1));
    pk_enter_swift(L);
    int saved = g->strict;
    g->strict = 0;
    int status = pk_g_call(L, box);
    pk_release_host_charges(g);
    g->strict = saved;
    return pk_host_return(L, pk_leave_swift(L, status));
}

static int pk_box_gc(lua_State *L) {
    void **slot = (void **)lua_touserdata(L, 1);
    if (slot && *slot) {
        pk_g_release(*slot);
        *slot = NULL;
    }
    return 0;
}

void pk_pushfunction(lua_State *L, void *box) {
    void **slot = (void **)lua_newuserdatauv(L, sizeof(void *), 0);
    *slot = box;
    if (luaL_newmetatable(L, PK_BOX_MT)) {
        lua_pushcfunction(L, pk_box_gc);
        lua_setfield(L, -2, "__gc");
        lua_pushliteral(L, "locked");
        lua_setfield(L, -2, "__metatable");
    }
    lua_setmetatable(L, -2);
    lua_pushcclosure(L, pk_trampoline, 1);
}

typedef struct pk_object {
    void *box;
    int cls;
    const int *alive;
} pk_object;

// Finalised objects can still be reached (a weak-keyed table keeps them until the next cycle,
// a __gc elsewhere may resurrect them): so the box is dropped together with `alive`, which the
// box owns, and every later use finds box == NULL and raises the class's stale-handle error.
static int pk_object_gc(lua_State *L) {
    pk_object *o = (pk_object *)lua_touserdata(L, 1);
    if (o && o->box) {
        o->alive = NULL;
        void *box = o->box;
        o->box = NULL;
        pk_g_release(box);
    }
    return 0;
}

// __index: the property cache (user value 1), then a property id handed to Swift, then methods.
// Property ids > 0 are cached after the first read; ids < 0 are computed on every read.
static int pk_object_index(lua_State *L) {
    pk_object *o = (pk_object *)lua_touserdata(L, 1);
    if (o->box == NULL || (o->alive && !*o->alive)) {
        // Stale: forget cached values (their memory too) so the read below raises the class's error.
        lua_pushnil(L);
        lua_setiuservalue(L, 1, 1);
    } else if (lua_getiuservalue(L, 1, 1) == LUA_TTABLE) {
        lua_pushvalue(L, 2);
        if (lua_rawget(L, -2) != LUA_TNIL) return 1;
        lua_pop(L, 2);
    } else {
        lua_pop(L, 1);
    }
    lua_pushvalue(L, 2);
    if (lua_rawget(L, lua_upvalueindex(1)) == LUA_TNUMBER) {
        int prop = (int)lua_tointeger(L, -1);
        lua_pop(L, 1);
        int status = pk_host_return(L, pk_call_swift_index(L, o->box, o->cls, prop < 0 ? -prop : prop));
        if (status == 0) {
            lua_pushnil(L);
            return 1;
        }
        if (prop > 0) {
            if (lua_getiuservalue(L, 1, 1) != LUA_TTABLE) {
                lua_pop(L, 1);
                lua_createtable(L, 0, 4);
                lua_pushvalue(L, -1);
                lua_setiuservalue(L, 1, 1);
            }
            lua_pushvalue(L, 2);
            lua_pushvalue(L, -3);
            lua_rawset(L, -3);
            lua_pop(L, 1);
        }
        return 1;
    }
    lua_pop(L, 1);
    lua_pushvalue(L, 2);
    if (lua_rawget(L, lua_upvalueindex(2)) != LUA_TNIL) return 1;
    lua_pop(L, 1);
    return pk_unknown_member(L);
}

static int pk_defineclass_k(lua_State *L) {
    int cls = (int)lua_tointeger(L, 2);
    luaL_argcheck(L, cls >= 0 && cls < PK_MAX_CLASSES, 2, "class id out of range");
    lua_settop(L, 1);
    lua_newtable(L); // 2: the metatable
    lua_pushnil(L);
    while (lua_next(L, 1)) { // copy metamethods and __name
        if (lua_type(L, -2) == LUA_TSTRING) {
            const char *k = lua_tostring(L, -2);
            if (k[0] == '_' && k[1] == '_') {
                lua_pushvalue(L, -2);
                lua_insert(L, -2);
                lua_rawset(L, 2);
                continue;
            }
        }
        lua_pop(L, 1);
    }
    lua_getfield(L, 1, "props");
    lua_getfield(L, 1, "methods");
    lua_pushcclosure(L, pk_object_index, 2);
    lua_setfield(L, 2, "__index");
    lua_pushcfunction(L, pk_object_gc);
    lua_setfield(L, 2, "__gc");
    lua_pushliteral(L, "locked");
    lua_setfield(L, 2, "__metatable");
    if (luaL_getsubtable(L, LUA_REGISTRYINDEX, PK_CLASSES)) {}
    lua_pushvalue(L, 2);
    lua_rawseti(L, -2, cls + 1);
    pk_G(L)->class_mt[cls] = lua_topointer(L, 2);
    return 0;
}

int pk_defineclass(lua_State *L, int cls) {
    lua_pushcfunction(L, pk_defineclass_k);
    lua_insert(L, -2);
    lua_pushinteger(L, cls);
    return pk_pcall(L, 2, 0);
}

void pk_pushobject(lua_State *L, void *box, int cls, const int *alive) {
    pk_object *o = (pk_object *)lua_newuserdatauv(L, sizeof(pk_object), 1);
    o->box = box;
    o->cls = cls;
    o->alive = alive;
    lua_getfield(L, LUA_REGISTRYINDEX, PK_CLASSES);
    lua_rawgeti(L, -1, cls + 1);
    lua_setmetatable(L, -3);
    lua_pop(L, 1);
}

void *pk_toobject(lua_State *L, int idx, int cls, int *foundcls) {
    if (lua_type(L, idx) != LUA_TUSERDATA || !lua_getmetatable(L, idx)) return NULL;
    const void *mt = lua_topointer(L, -1);
    lua_pop(L, 1);
    pk_global *g = pk_G(L);
    int found = -1;
    if (cls >= 0) {
        if (cls < PK_MAX_CLASSES && g->class_mt[cls] == mt) found = cls;
    } else {
        for (int i = 0; i < PK_MAX_CLASSES && found < 0; i++)
            if (g->class_mt[i] == mt) found = i;
    }
    if (found < 0) return NULL; // not a host object (only then is the block known to be a pk_object)
    if (foundcls) *foundcls = found;
    return ((pk_object *)lua_touserdata(L, idx))->box; // NULL once finalised (*foundcls still set)
}
