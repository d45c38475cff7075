-- status: 0
-- expect: stale handles refused	true
local weak = setmetatable({}, { __mode = "k" })
return {
  Release = function(r) weak[r] = true for _, p in ipairs(r.paragraphs) do weak[p] = true end end,
  finish = function()
    collectgarbage() collectgarbage()
    local refused = 0
    for h in pairs(weak) do
      if not pcall(function() return h.text or h.headline end) then refused = refused + 1 end
      pcall(tostring, h) pcall(pr.json, h) pcall(pr.stats.count, { h })
    end
    print("stale handles refused", refused > 0)
  end,
}
