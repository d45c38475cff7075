-- recurring-quotes: quotes that recur word for word in several releases (copy-paste messaging),
-- with where they first appeared and where they came back.
local corpus = require "pranalyze.lib.corpus"
local speakers = require "pranalyze.lib.speakers"

local min_words, min_releases, width, reg
local seen, order = {}, {}

-- Quote text compared without case, punctuation or spacing differences.
local function normal(text)
  return pr.text.normalise(text):gsub("[%p%s]+", " "):gsub("^ ", ""):gsub(" $", "")
end

return {
  meta = {
    name = "recurring-quotes",
    description = "Quotes repeated verbatim across releases, with first and later appearances",
    args = {
      { name = "min_words", type = "integer", default = 8, doc = "ignore shorter quotes (stock phrases)" },
      { name = "min_releases", type = "integer", default = 2, doc = "show quotes found in at least this many releases" },
      { name = "width", type = "integer", default = 60, doc = "characters of each quote to show" },
    },
    needs = { "quotes" },
  },

  init = function(args)
    min_words, min_releases, width = args.min_words, args.min_releases, args.width
    reg = speakers.new()
  end,

  Quote = function(q, r)
    if q.words < min_words then return end
    local key = normal(q.text)
    local entry = seen[key]
    if not entry then
      entry = { text = q.text, uses = {}, releases = {} }
      seen[key] = entry
      order[#order + 1] = key
    end
    if entry.releases[r.id] then return end -- once per release
    entry.releases[r.id] = true
    entry.uses[#entry.uses + 1] = {
      date = r.date or "", where = string.format("%s:%d", r.path, q.line or 0),
      speaker = q.speaker and reg:get(q.speaker, r).key,
    }
  end,

  finish = function()
    local rows, people = {}, reg:canonical()
    for _, key in ipairs(order) do
      local e = seen[key]
      if #e.uses >= min_releases then
        -- Input order is not time order: sort the appearances by date, then place.
        table.sort(e.uses, function(a, b) return a.date < b.date or (a.date == b.date and a.where < b.where) end)
        local first, later = e.uses[1], {}
        for i = 2, #e.uses do later[#later + 1] = e.uses[i].date .. " " .. e.uses[i].where end
        local names = {}
        for _, u in ipairs(e.uses) do names[u.speaker and people[u.speaker].name or "(unattributed)"] = true end
        rows[#rows + 1] = {
          corpus.clip(e.text, width), table.concat(corpus.sorted_keys(names), "; "), #e.uses,
          first.date, first.where, table.concat(later, "; "),
        }
      end
    end
    return pr.report.table{
      title = "Quotes repeated across releases",
      columns = { "quote", "speakers", "releases", { name = "first", type = "date" }, "first in", "later" },
      rows = rows,
      sort = { "-releases", "first", "quote" },
    }
  end,
}
