-- quotes-over-time: quotes per period per group, the group a release metadata field (party,
-- member, state from a sidecar index) or its source, so a study can chart who speaks when.
local by, period, counts, releases = "source", "month", {}, {}

local function period_of(date)
  if not date then return "(undated)" end
  if period == "year" then return date:sub(1, 4) end
  if period == "quarter" then
    return date:sub(1, 4) .. "-Q" .. ((tonumber(date:sub(6, 7)) - 1) // 3 + 1)
  end
  if period == "day" then return date end
  return date:sub(1, 7)
end

local function group_of(r)
  if by == "source" then return r.source or "(none)" end
  local v = r.meta[by]
  if v == nil or v == "" then return "(none)" end
  return tostring(v)
end

return {
  meta = {
    name = "quotes-over-time",
    description = "Quotes per month (or year, quarter, day) per metadata field or source",
    args = {
      { name = "by", type = "string", default = "source",
        doc = "group by this release metadata field (r.meta: party, member, state…) or `source`" },
      { name = "period", type = "string", default = "month", doc = "day, month, quarter or year" },
    },
    needs = { "quotes" },
  },

  init = function(args)
    by, period = args.by, args.period
    if not ({ day = true, month = true, quarter = true, year = true })[period] then
      error("period must be day, month, quarter or year, not '" .. period .. "'", 0)
    end
  end,

  Release = function(r)
    local key = period_of(r.date) .. "\0" .. group_of(r)
    counts[key] = (counts[key] or 0) + #r.quotes
    releases[key] = (releases[key] or 0) + 1
  end,

  finish = function()
    local per_period, rows = {}, {}
    for key, n in pairs(counts) do
      local p = key:match("^(.-)%z")
      per_period[p] = (per_period[p] or 0) + n
    end
    for key, n in pairs(counts) do
      local p, g = key:match("^(.-)%z(.*)$")
      local share = per_period[p] > 0 and n / per_period[p] or 0
      rows[#rows + 1] = { p, g, n, releases[key], math.floor(share * 1000 + 0.5) / 10 }
    end
    return pr.report.table{
      title = "Quotes per " .. period .. " by " .. by, sort = { period, "-quotes", by },
      columns = { period, by, { name = "quotes", type = "integer" }, { name = "releases", type = "integer" },
                  { name = "share %", type = "number" } },
      rows = rows,
    }
  end,
}
