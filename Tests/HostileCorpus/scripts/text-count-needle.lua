-- args: --timeout 1
-- expect: time limit exceeded (--timeout 1)
-- A needle that almost matches at every position: quadratic for a naive search.
local hay, needle = string.rep("a", 2000000), string.rep("a", 50000) .. "b"
return { Release = function() pr.text.count(hay, needle) end }
