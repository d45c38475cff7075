-- cue-verbs: which verbs introduce quotes (said, told, added, according to …), per source.
local corpus = require "pranalyze.lib.corpus"
local statements = require "pranalyze.lib.statements"

local by, counts, totals, min_share, kinds = "folder", {}, {}, 0, "direct"

local function count(cue, r)
  local source = corpus.source(r, by)
  counts[source] = counts[source] or {}
  corpus.inc(counts[source], cue or "(no cue)")
  corpus.inc(totals, source)
end

return {
  meta = {
    name = "cue-verbs",
    description = "Cue-verb profile per source: how quotes are introduced",
    args = {
      { name = "by", type = "string", default = "folder", doc = "what a source is: " .. corpus.source_kinds },
      { name = "min_share", type = "number", default = 0, doc = "hide cues below this share of a source's quotes (0.05 = 5%)" },
      { name = "kinds", type = "string", default = "direct", doc = statements.kinds_doc },
    },
    needs = { "quotes" },
  },

  init = function(args)
    by = corpus.check_source_kind(args.by)
    min_share = args.min_share
    kinds = statements.check_kinds(args.kinds)
  end,

  Quote = function(q, r)
    if kinds == "direct" then count(q.cue, r) end
  end,

  Release = function(r)
    if kinds ~= "direct" then statements.each(r, kinds, function(st) count(st.cue, r) end) end
  end,

  -- The state as plain data, and how two of them combine (see `pranalyze docs partial`).
  partial = function() return { counts = counts, totals = totals, kinds = kinds } end,

  merge = function(a, b)
    for source, cues in pairs(b.counts) do
      a.counts[source] = a.counts[source] or {}
      for cue, n in pairs(cues) do a.counts[source][cue] = (a.counts[source][cue] or 0) + n end
    end
    for source, n in pairs(b.totals) do a.totals[source] = (a.totals[source] or 0) + n end
    return a
  end,

  finish = function(p)
    counts, totals, kinds = p.counts, p.totals, p.kinds
    local noun = statements.noun(kinds)
    local rows = {}
    for source, cues in pairs(counts) do
      for cue, n in pairs(cues) do
        local share = n / totals[source]
        if share >= min_share then rows[#rows + 1] = { source, cue, n, share } end
      end
    end
    return pr.report.table{
      title = kinds == "direct" and "Cue verbs per source" or "Cue verbs per source (" .. kinds .. " statements)",
      columns = { "source", "cue", noun, { name = "share", type = "percent" } },
      rows = rows,
      sort = { "source", "-" .. noun, "cue" },
    }
  end,
}
