-- expect: nested deeper than 64 levels
-- 100000 levels handed to the host: a clear error at the nesting limit, not a C stack overflow.
local t = {}
local c = t
for _ = 1, 100000 do c[1] = {} c = c[1] end
return { Release = function() end, finish = function() return pr.json(t) end }
