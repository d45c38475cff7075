-- quotes-per-speaker: how often each person is quoted, how much, and over which dates.
-- Speakers are matched across releases (see pranalyze.lib.speakers): "Sergey Lavrov" in one
-- release and "Lavrov" in another are one row.
local speakers = require "pranalyze.lib.speakers"
local statements = require "pranalyze.lib.statements"

local reg, min_words, limit, unattributed, kinds = nil, 0, 0, 0, "direct"

-- One quote or statement of `who` (nil: no speaker) with `words` words.
local function count(who, words, r)
  if words < min_words then return end
  if not who then
    unattributed = unattributed + 1
    return
  end
  local s = reg:get(who, r)
  s.quotes = (s.quotes or 0) + 1
  s.words = (s.words or 0) + words
  s.first = speakers.earlier(s.first, r.date)
  s.last = speakers.later(s.last, r.date)
end

return {
  meta = {
    name = "quotes-per-speaker",
    description = "Quotes, words quoted, releases and first/last date per speaker",
    args = {
      { name = "min_words", type = "integer", default = 0, doc = "count only quotes of at least this many words" },
      { name = "limit", type = "integer", default = 0, doc = "show the top N speakers only (0: all)" },
      { name = "alias", type = "list", default = {}, doc = "merge spellings: 'Sergei Lavrov=Sergey Lavrov,…'" },
      { name = "kinds", type = "string", default = "direct", doc = statements.kinds_doc },
    },
    needs = { "quotes", "people" },
  },

  init = function(args)
    min_words, limit = args.min_words, args.limit
    kinds = statements.check_kinds(args.kinds)
    for _, pair in ipairs(args.alias) do
      local from, to = pair:match("^(.-)=(.+)$")
      if not from then error("--arg alias: expected 'Name=Canonical name', got '" .. pair .. "'", 0) end
      pr.people.alias(from, to)
    end
    reg = speakers.new()
  end,

  -- Quotes in marks need no reported-speech analysis; other kinds read r.attributions.
  Quote = function(q, r)
    if kinds == "direct" then count(q.speaker, q.words, r) end
  end,

  Release = function(r)
    if kinds ~= "direct" then
      statements.each(r, kinds, function(st) count(statements.speaker(st), st.words, r) end)
    end
  end,

  -- The state as plain data, and how two of them combine (see `pranalyze docs partial`): lets
  -- `--jobs N` run the hooks in N Lua states and `pranalyze merge` join corpus shards.
  partial = function() return { registry = reg:export(), unattributed = unattributed, kinds = kinds } end,

  merge = function(a, b)
    a.registry = speakers.merge_exports(a.registry, b.registry)
    a.unattributed = a.unattributed + b.unattributed
    return a
  end,

  finish = function(p)
    reg, unattributed, kinds = speakers.import(p.registry), p.unattributed, p.kinds
    local noun = statements.noun(kinds)
    local rows = {}
    for _, s in ipairs(reg:list()) do
      if s.quotes then
        rows[#rows + 1] = { s.name, s.quotes, s.words, s.release_count, s.first, s.last }
      end
    end
    local report = pr.report.new{ title = kinds == "direct" and "Quotes per speaker"
                                    or "Statements per speaker (" .. kinds .. ")" }
    report:add(pr.report.table{
      columns = { "speaker", noun, "words", "releases",
                  { name = "first", type = "date" }, { name = "last", type = "date" } },
      rows = rows,
      sort = { "-" .. noun, "-words", "speaker" },
      limit = limit > 0 and limit or nil,
    })
    if unattributed > 0 then
      report:add(string.format("%d %s without a speaker left out.", unattributed,
                               unattributed == 1 and noun:sub(1, -2) or noun))
    end
    return report
  end,
}
