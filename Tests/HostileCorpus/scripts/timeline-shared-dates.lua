-- args: --max-memory 64M --format csv
-- expect: memory limit exceeded (--max-memory 64M)
-- One 1 MB string given 2000 times as a date to count: the host copies each before reading it.
local s = string.rep("9", 1000000)
local dates = {}
for i = 1, 2000 do dates[i] = s end
return { Release = function() end, finish = function() return pr.report.timeline{ dates = dates } end }
