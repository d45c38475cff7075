-- quote-lengths: how long quotes are, in words: summary statistics and a histogram.
local lengths, kind, width = {}, "all", 0

return {
  meta = {
    name = "quote-lengths",
    description = "Quote length distribution in words, with a histogram",
    args = {
      { name = "kind", type = "string", default = "all", doc = "direct, partial, continued or all" },
      { name = "width", type = "integer", default = 0, doc = "words per histogram bar (0: chosen from the data)" },
    },
    needs = { "quotes" },
  },

  init = function(args)
    kind, width = args.kind, args.width
    local kinds = { all = true, direct = true, partial = true, continued = true }
    if not kinds[kind] then error("--arg kind=" .. kind .. ": use direct, partial, continued or all", 0) end
  end,

  Quote = function(q)
    if kind == "all" or q.kind == kind then lengths[#lengths + 1] = q.words end
  end,

  finish = function()
    local title = "Quote length in words" .. (kind == "all" and "" or " (" .. kind .. " quotes)")
    if #lengths == 0 then return pr.report.markdown{ title = title, text = "No quotes found." } end
    local st = pr.stats
    local lo, hi = st.min(lengths), st.max(lengths)
    if width <= 0 then
      -- Sturges' number of bins, rounded to a whole number of words per bar.
      width = math.max(1, math.ceil((hi - lo + 1) / (math.ceil(math.log(#lengths, 2)) + 1)))
    end
    return pr.report.new{
      title = title,
      pr.report.summary{
        { "Quotes", #lengths },
        { "Mean", string.format("%.1f", st.mean(lengths)) },
        { "Median", st.median(lengths) },
        { "90th percentile", st.percentile(lengths, 90) },
        { "Shortest", lo },
        { "Longest", hi },
      },
      pr.report.bars{
        title = "Histogram",
        data = st.histogram(lengths, { width = width, min = lo, max = lo + width * math.ceil((hi - lo + 1) / width) }),
        columns = { "words", "quotes" },
      },
    }
  end,
}
