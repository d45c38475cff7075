-- args: --max-memory 64M
-- expect: memory limit exceeded (--max-memory 64M)
-- Memory kept across releases, many times each release's size (a block of 64 releases alone
-- passes the limit, so the outcome does not depend on how --jobs 2 workers overlap).
local keep = {}
return {
  Release = function(r) keep[#keep + 1] = string.rep(r.text, 1000) end,
  partial = function() return {} end, merge = function(a) return a end,
  finish = function() return tostring(#keep) end,
}
