-- Who is quoted, how often and how much: a first report.
local quotes, words, min_words = {}, {}, 0

return {
  meta = {
    name = "speakers",
    description = "Quotes and words quoted per speaker",
    args = { { name = "min_words", type = "integer", default = 0, doc = "ignore shorter quotes" } },
  },

  init = function(args) min_words = args.min_words end,

  Quote = function(q)
    if q.words < min_words or not q.speaker then return end
    local name = q.speaker.name
    quotes[name] = (quotes[name] or 0) + 1
    words[name] = (words[name] or 0) + q.words
  end,

  finish = function()
    local rows = {}
    for name, n in pairs(quotes) do rows[#rows + 1] = { name, n, words[name] } end
    return pr.report.table{
      title = "Quotes per speaker",
      columns = { "speaker", "quotes", "words" },
      rows = rows,
      sort = { "-quotes", "speaker" },
    }
  end,
}
