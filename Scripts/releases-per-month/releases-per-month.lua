-- releases-per-month: how many releases each source put out, month by month.
local corpus = require "pranalyze.lib.corpus"

local by, counts, dates, undated = "folder", {}, {}, 0

return {
  meta = {
    name = "releases-per-month",
    description = "Releases per month per source, with a timeline of the whole corpus",
    args = {
      { name = "by", type = "string", default = "folder", doc = "what a source is: " .. corpus.source_kinds },
    },
  },

  init = function(args)
    by = corpus.check_source_kind(args.by)
  end,

  Release = function(r)
    local month = corpus.month(r.date)
    if not month then
      undated = undated + 1
      return
    end
    local key = corpus.source(r, by) .. "\0" .. month
    counts[key] = (counts[key] or 0) + 1
    dates[#dates + 1] = r.date
  end,

  -- The state as plain data, and how two of them combine: lets `--jobs N` run the hooks in N Lua
  -- states, and `--emit-partial` / `pranalyze merge` split a corpus across machines.
  partial = function() return { counts = counts, dates = dates, undated = undated } end,

  merge = function(a, b)
    for key, n in pairs(b.counts) do a.counts[key] = (a.counts[key] or 0) + n end
    for _, d in ipairs(b.dates) do a.dates[#a.dates + 1] = d end
    a.undated = a.undated + b.undated
    return a
  end,

  finish = function(p)
    counts, dates, undated = p.counts, p.dates, p.undated
    -- Months for up to three years; a longer span reads better per year.
    table.sort(dates)
    local span = 0
    if #dates > 0 then
      local y1, m1 = dates[1]:match("^(%d+)-(%d+)")
      local y2, m2 = dates[#dates]:match("^(%d+)-(%d+)")
      span = (tonumber(y2) - tonumber(y1)) * 12 + tonumber(m2) - tonumber(m1)
    end
    local period = span > 36 and "year" or "month"
    local rows = {}
    for key, n in pairs(counts) do
      local source, month = key:match("^(.*)%z(.*)$")
      rows[#rows + 1] = { source, month, n }
    end
    local report = pr.report.new{
      title = "Releases per month",
      pr.report.table{ columns = { "source", "month", "releases" }, rows = rows, sort = { "source", "month" } },
      pr.report.timeline{ title = "All sources, per " .. period, by = period, dates = dates },
    }
    if undated > 0 then report:add(string.format("%d undated release%s left out.", undated, undated == 1 and "" or "s")) end
    return report
  end,
}
