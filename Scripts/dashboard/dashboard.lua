-- dashboard: a one-page overview of a corpus: counts, top speakers, timeline, cue verbs.
-- Best as HTML: pranalyze dashboard corpus/ --format html --output dashboard.html
local speakers = require "pranalyze.lib.speakers"
local corpus = require "pranalyze.lib.corpus"

local reg, top_n, title
local releases, words, quotes, attributed, undated = 0, 0, 0, 0, 0
local dates, cues, sources = {}, {}, {}

return {
  meta = {
    name = "dashboard",
    description = "One-page corpus dashboard: counts, top speakers, timeline, cue verbs (try --format html)",
    args = {
      { name = "top", type = "integer", default = 10, doc = "how many speakers and cue verbs to show" },
      { name = "title", type = "string", default = "Corpus dashboard", doc = "the page title" },
    },
    needs = { "quotes", "people", "words" },
  },

  init = function(args)
    top_n, title = args.top, args.title
    reg = speakers.new()
  end,

  Release = function(r)
    releases = releases + 1
    words = words + r.words
    corpus.inc(sources, corpus.source(r, "folder"))
    if r.date then dates[#dates + 1] = r.date else undated = undated + 1 end
  end,

  Quote = function(q, r)
    quotes = quotes + 1
    corpus.inc(cues, q.cue or "(no cue)")
    if q.speaker then
      attributed = attributed + 1
      local s = reg:get(q.speaker, r)
      s.quotes = (s.quotes or 0) + 1
      s.words = (s.words or 0) + q.words
    end
  end,

  finish = function()
    table.sort(dates)
    local people, rows = reg:list(), {}
    for _, s in ipairs(people) do
      if s.quotes then rows[#rows + 1] = { s.name, s.title or "", s.quotes, s.words, s.release_count } end
    end
    local n_sources = #corpus.sorted_keys(sources)
    local span = #dates > 0 and (dates[1] .. " – " .. dates[#dates]) or "no dates"
    local period = "month"
    if #dates > 0 and tonumber(dates[#dates]:sub(1, 4)) - tonumber(dates[1]:sub(1, 4)) > 3 then period = "year" end
    return pr.report.new{
      title = title,
      pr.report.summary{
        title = "Corpus",
        { "Releases", releases },
        { "Sources (folders)", n_sources },
        { "Dates", span },
        { "Undated releases", undated },
        { "Words", words },
        { "Quotes", quotes },
        { "Attributed quotes", quotes > 0 and string.format("%.1f%%", 100 * attributed / quotes) or "–" },
        { "Speakers quoted", #rows },
      },
      pr.report.table{
        title = "Top speakers",
        columns = { "speaker", "title", "quotes", "words", "releases" },
        rows = rows,
        sort = { "-quotes", "-words", "speaker" },
        limit = top_n,
      },
      pr.report.timeline{ title = "Releases per " .. period, by = period, dates = dates },
      pr.report.bars{ title = "Cue verbs", data = pr.stats.top(cues, top_n), columns = { "cue", "quotes" } },
    }
  end,
}
