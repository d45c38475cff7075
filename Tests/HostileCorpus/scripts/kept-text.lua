-- args: --max-memory 64M
-- expect: memory limit exceeded (--max-memory 64M)
-- Memory kept across releases, many times each release's size.
local keep = {}
return {
  Release = function(r) keep[#keep + 1] = string.rep(r.text, 200) end,
  partial = function() return {} end, merge = function(a) return a end,
  finish = function() return tostring(#keep) end,
}
