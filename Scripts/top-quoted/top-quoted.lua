-- top-quoted: the people quoted most across a corpus, with the titles releases give them.
local speakers = require "pranalyze.lib.speakers"

local reg, limit

return {
  meta = {
    name = "top-quoted",
    description = "The most quoted people across the corpus, with their titles",
    args = {
      { name = "limit", type = "integer", default = 20, doc = "how many people to show" },
    },
    needs = { "quotes", "people" },
  },

  init = function(args)
    limit = args.limit
    reg = speakers.new()
  end,

  -- Every person, quoted or not, so titles seen in releases that do not quote them count too.
  Person = function(p, r)
    local s = reg:get(p, r)
    s.quotes = (s.quotes or 0) + #p.quotes
  end,

  finish = function()
    local rows, total = {}, 0
    for _, s in ipairs(reg:list()) do
      if s.quotes > 0 then
        local titles = {}
        for _, t in ipairs(pr.stats.top(s.titles, 3)) do titles[#titles + 1] = t.key end
        rows[#rows + 1] = { s.name, table.concat(titles, "; "), s.quotes, s.release_count }
        total = total + s.quotes
      end
    end
    for _, row in ipairs(rows) do row[5] = row[3] / total end
    return pr.report.table{
      title = "Top quoted people",
      columns = { "person", "titles", "quotes", "releases", { name = "share", type = "percent" } },
      rows = rows,
      sort = { "-quotes", "-releases", "person" },
      limit = limit,
    }
  end,
}
