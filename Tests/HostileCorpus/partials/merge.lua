-- The script every hostile partial claims to come from (its identity is in each file).
return {
  Release = function() end,
  partial = function() return { n = 0 } end,
  merge = function(a, b) a.n = a.n + b.n return a end,
  finish = function(p) print("merged", p.n) end,
}
