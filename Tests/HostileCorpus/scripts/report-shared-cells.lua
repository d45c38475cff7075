-- args: --max-memory 64M --format csv
-- expect: memory limit exceeded (--max-memory 64M)
-- One 1 MB string in 2000 cells: 1 MB in Lua, 2 GB once the host copies each cell.
local s = string.rep("x", 1000000)
local rows = {}
for i = 1, 2000 do rows[i] = { s } end
return { Release = function() end, finish = function() return pr.report.table{ columns = { "a" }, rows = rows } end }
