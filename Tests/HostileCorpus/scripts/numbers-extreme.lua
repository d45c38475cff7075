-- status: 0
-- expect: survived
-- Numbers the host must range-check before converting: each call ends in a result or an error.
local bad = { 0/0, 1/0, -1/0, 2^63, -2^63, math.maxinteger, math.mininteger, 1e308, -0.0, 0.5 }
local calls = {
  function(x) return pr.stats.histogram({ 1, 2, 3 }, { bins = x }) end,
  function(x) return pr.stats.histogram({ 1, 2, 3 }, { width = x }) end,
  function(x) return pr.stats.histogram({ x, 1 }, { min = x, max = x }) end,
  function(x) return pr.stats.percentile({ 1, 2, x }, x) end,
  function(x) return pr.stats.top({ a = 1 }, x) end,
  function(x) return pr.stats.counter():add("k", x) end,
  function(x) return pr.text.sub("Лавров", x, x) end,
  function(x) return pr.time.date("%Y-%m-%d", x) end,
  function(x) return pr.time.now({ year = x, month = 1, day = 1 }) end,
  function(x) return pr.report.render(pr.report.bars{ data = { a = x, b = 1 }, limit = x }) end,
  function(x) return pr.report.render(pr.report.table{ columns = { { name = "a", decimals = x } }, rows = { { x } }, limit = x }, "csv") end,
  function(x) return pr.report.render(pr.report.timeline{ data = { ["2020-01-01"] = x } }, "html") end,
  function(x) return pr.json({ [x] = x }) end,
  function(x) return string.rep("x", x) end,
}
local results = 0
return {
  Release = function(r)
    for _, call in ipairs(calls) do
      for _, x in ipairs(bad) do pcall(call, x) results = results + 1 end
      pcall(call, r.paragraphs)
    end
    return false
  end,
  finish = function() return "survived " .. results end,
}
