-- args: --timeout 1
-- expect: time limit exceeded (--timeout 1)
-- Backtracking Lua pattern: exponential in the number of `a*`.
local s = string.rep("a", 40)
return { Release = function() string.find(s, string.rep("a*", 30) .. "b") end }
