-- top-quoted: the people quoted most across a corpus, with the titles releases give them.
local speakers = require "pranalyze.lib.speakers"
local statements = require "pranalyze.lib.statements"

local reg, limit, kinds

return {
  meta = {
    name = "top-quoted",
    description = "The most quoted people across the corpus, with their titles",
    args = {
      { name = "limit", type = "integer", default = 20, doc = "how many people to show" },
      { name = "kinds", type = "string", default = "direct", doc = statements.kinds_doc },
    },
    needs = { "quotes", "people" },
  },

  init = function(args)
    limit = args.limit
    kinds = statements.check_kinds(args.kinds)
    reg = speakers.new()
  end,

  -- Every person, quoted or not, so titles seen in releases that do not quote them count too.
  Person = function(p, r)
    local s = reg:get(p, r)
    s.quotes = (s.quotes or 0) + (kinds == "direct" and #p.quotes or 0)
  end,

  -- Reported speech names people r.people leaves out, so other kinds count over r.attributions.
  Release = function(r)
    if kinds == "direct" then return end
    statements.each(r, kinds, function(st)
      local who = statements.speaker(st)
      if who and type(who) == "userdata" then
        local s = reg:get(who, r)
        s.quotes = (s.quotes or 0) + 1
      end
    end)
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
    local noun = statements.noun(kinds)
    return pr.report.table{
      title = kinds == "direct" and "Top quoted people" or "Top people by statements (" .. kinds .. ")",
      columns = { "person", "titles", noun, "releases", { name = "share", type = "percent" } },
      rows = rows,
      sort = { "-" .. noun, "-releases", "person" },
      limit = limit,
    }
  end,
}
