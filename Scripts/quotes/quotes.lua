-- quotes: one row per quote with its provenance, for hand coding and inter-coder checks. The
-- columns are those of `pranalyze parse --format csv` plus the speaker's cross-release key and
-- the id an --aliases file gives them: where
-- the quote is (file, record, line, column, byte offsets), who said it, how it was attributed, and
-- the release metadata asked for.
local meta_fields, min_confidence, rows = {}, 0, {}

local function titles(p)
  if not p or #p.titles == 0 then return nil end
  return table.concat(p.titles, "; ")
end

return {
  meta = {
    name = "quotes",
    description = "One row per quote with file, line, offsets, speaker, cue, rule, confidence and metadata columns",
    args = {
      { name = "meta", type = "list", default = {},
        doc = "release metadata fields to add as columns, e.g. party,date (see r.meta)" },
      { name = "min_confidence", type = "number", default = 0, doc = "leave out quotes attributed less surely" },
    },
    needs = { "quotes", "people" },
  },

  init = function(args)
    meta_fields = args.meta
    min_confidence = args.min_confidence
  end,

  Release = function(r)
    local meta = r.meta
    for _, q in ipairs(r.quotes) do
      if q.confidence >= min_confidence then
        local p = q.speaker
        local row = { r.path, r.id ~= r.path and tonumber(r.id:match("#(%d+)$")) or nil, q.line, q.column, q.start, q.stop,
                      p and p.name, p and p.key, p and p.id, q.mention, titles(p),
                      p and p.affiliation, q.cue, q.kind, q.rule, math.floor(q.confidence * 1000 + 0.5) / 1000, q.text }
        for _, f in ipairs(meta_fields) do row[#row + 1] = meta[f] end
        rows[#rows + 1] = row
      end
    end
  end,

  finish = function()
    local columns = { "file", { name = "record", type = "integer" }, { name = "line", type = "integer" },
                      { name = "column", type = "integer" }, { name = "start", type = "integer" },
                      { name = "stop", type = "integer" }, "speaker", "speaker_key", "speaker_id", "mention", "titles",
                      "affiliation", "cue", "kind", "rule", { name = "confidence", type = "number" }, "text" }
    for _, f in ipairs(meta_fields) do columns[#columns + 1] = { name = f, type = "string" } end
    return pr.report.table{ title = "Quotes", columns = columns, rows = rows }
  end,
}
