-- args: --max-memory 64M
-- expect: memory limit exceeded (--max-memory 64M)
-- A table sharing one subtable 2^40 times: tiny in Lua, exponential as JSON.
local t = { string.rep("x", 1000) }
for _ = 1, 40 do t = { t, t } end
return { Release = function() end, finish = function() return pr.json(t) end }
