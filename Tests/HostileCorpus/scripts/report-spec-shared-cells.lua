-- args: --max-memory 64M --format csv
-- expect: finish() returned a report beyond the limits: memory limit exceeded (--max-memory 64M)
-- The same, as a plain table spec that the host reads after finish() returned.
local s = string.rep("x", 1000000)
local rows = {}
for i = 1, 2000 do rows[i] = { s } end
return { Release = function() end, finish = function() return { columns = { "a" }, rows = rows } end }
