-- audit: the attributions to check by hand. Lists every quote whose speaker was chosen with low
-- confidence (or by the rules asked for), with its place and the sentence around it, so a
-- coder can confirm it or write a correction line (file,line,column,speaker) for --corrections.
local below, rules, width, rows, per_rule = 0.9, {}, 160, {}, {}

local function cut(s, n)
  if not s then return nil end
  s = s:gsub("%s+", " ")
  if utf8.len(s) and utf8.len(s) > n then return s:sub(1, utf8.offset(s, n) - 1) .. "…" end
  return s
end

return {
  meta = {
    name = "audit",
    description = "Low-confidence and rule-by-rule attributions with their context, to check and correct by hand",
    args = {
      { name = "below", type = "number", default = 0.9,
        doc = "list quotes attributed with less confidence than this (1.01: all)" },
      { name = "rule", type = "list", default = {},
        doc = "also list every quote chosen by these rules (e.g. issuer,recent-speaker)" },
      { name = "width", type = "integer", default = 160, doc = "cut the context sentence to this many characters" },
    },
    needs = { "quotes", "people", "sentences" },
  },

  init = function(args)
    below, width = args.below, args.width
    for _, r in ipairs(args.rule) do rules[r] = true end
  end,

  Quote = function(q, r)
    local rule = q.rule or "(none)"
    local tally = per_rule[rule] or { n = 0, listed = 0, sum = 0 }
    per_rule[rule] = tally
    tally.n, tally.sum = tally.n + 1, tally.sum + q.confidence
    if q.confidence < below or rules[rule] or not q.speaker then
      tally.listed = tally.listed + 1
      local context = (q.sentence or q.paragraph).text
      rows[#rows + 1] = { r.path, q.line, q.column, q.speaker and q.speaker.name, q.mention, rule,
                          math.floor(q.confidence * 1000 + 0.5) / 1000, cut(q.text, 80), cut(context, width) }
    end
  end,

  finish = function()
    local summary = {}
    for rule, t in pairs(per_rule) do
      summary[#summary + 1] = { rule, t.n, t.listed, math.floor(t.sum / t.n * 1000 + 0.5) / 1000 }
    end
    return {
      pr.report.table{
        title = "Attributions to check", sort = { "confidence", "file", "line", "column" },
        columns = { "file", { name = "line", type = "integer" }, { name = "column", type = "integer" }, "speaker",
                    "mention", "rule", { name = "confidence", type = "number" }, "quote", "context" },
        rows = rows,
      },
      pr.report.table{
        title = "By rule", sort = { "-quotes", "rule" },
        columns = { "rule", { name = "quotes", type = "integer" }, { name = "listed", type = "integer" },
                    { name = "mean confidence", type = "number" } },
        rows = summary,
      },
    }
  end,
}
