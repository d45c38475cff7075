-- jobs: 2
-- expect: 64
-- A partial state nested beyond the bridge's limit, crossing from a worker to the main state.
return {
  Release = function() end,
  partial = function() local t = {} local c = t for _ = 1, 500 do c[1] = {} c = c[1] end return t end,
  merge = function(a) return a end,
  finish = function() return "merged" end,
}
