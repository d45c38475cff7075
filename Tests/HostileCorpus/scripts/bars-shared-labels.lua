-- args: --max-memory 64M --format csv
-- expect: memory limit exceeded (--max-memory 64M)
-- One 1 MB string as the label of 2000 bars: 1 MB in Lua, 2 GB once the host copies each label.
local s = string.rep("x", 1000000)
local data = {}
for i = 1, 2000 do data[i] = { s, i } end
return { Release = function() end, finish = function() return pr.report.bars{ data = data } end }
