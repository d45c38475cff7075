-- args: --max-memory 64M
-- expect: memory limit exceeded (--max-memory 64M)
-- Keys held by the host (a Counter) across releases.
local c = pr.stats.counter()
return {
  Release = function(r) for i = 1, 100000 do c:add(r.path .. i) end end,
  partial = function() return {} end, merge = function(a) return a end,
  finish = function() return tostring(#c) end,
}
