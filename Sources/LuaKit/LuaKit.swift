// The generic Swift bridge to Lua 5.4.
import CLuaShim
