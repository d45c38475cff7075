-- args: --timeout 1 --max-memory 4G
-- expect: time limit exceeded (--timeout 1)
-- The same JSON bomb with memory to spare: the deadline must reach inside pr.json.
local t = { 1 }
for _ = 1, 60 do t = { t, t } end
return { Release = function() end, finish = function() return pr.json(t) end }
