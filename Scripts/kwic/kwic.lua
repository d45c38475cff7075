-- kwic: keyword in context: every occurrence of a term, with the words around it.

local term, needle, width, limit, quotes_only
local rows, total = {}, 0

-- Cuts `text` to at most `n` characters, keeping its end (left context) or start (right).
local function keep_end(text, n)
  local len = utf8.len(text) or #text
  if len <= n then return text end
  return "…" .. text:sub(utf8.offset(text, len - n + 2) or 1)
end
local function keep_start(text, n)
  local len = utf8.len(text) or #text
  if len <= n then return text end
  return text:sub(1, (utf8.offset(text, n) or #text + 1) - 1) .. "…"
end

local function scan(text, r, p, where)
  local lowered = text:lower()
  local from = 1
  while true do
    local i, j = lowered:find(needle, from, true)
    if not i then return end
    from = j + 1
    -- Whole words only: the match must not sit inside a longer word.
    local before, after = lowered:sub(i - 1, i - 1), lowered:sub(j + 1, j + 1)
    if not before:match("[%w]") and not after:match("[%w]") then
      total = total + 1
      if limit == 0 or #rows < limit then
        rows[#rows + 1] = {
          r.date or "", string.format("%s:%d", r.path, p.line or 0), where,
          keep_end((text:sub(1, i - 1):gsub("%s+", " "):gsub(" $", "")), width), text:sub(i, j),
          keep_start((text:sub(j + 1):gsub("%s+", " "):gsub("^ ", "")), width),
        }
      end
    end
  end
end

return {
  meta = {
    name = "kwic",
    description = "Keyword in context: each occurrence of a term with the text around it",
    args = {
      { name = "term", type = "string", required = true, doc = "the word or phrase to find (case-insensitive, whole words)" },
      { name = "width", type = "integer", default = 40, doc = "characters of context on each side" },
      { name = "quotes_only", type = "boolean", default = false, doc = "search quoted speech only" },
      { name = "limit", type = "integer", default = 0, doc = "show the first N occurrences only (0: all)" },
    },
  },

  init = function(args)
    term, width, limit, quotes_only = args.term, args.width, args.limit, args.quotes_only
    needle = term:lower()
    if needle:match("^%s*$") then error("--arg term must not be empty", 0) end
  end,

  Release = function(r)
    if quotes_only then
      for _, q in ipairs(r.quotes) do scan(q.text, r, q, "quote") end
    else
      for _, p in ipairs(r.paragraphs) do scan(p.text, r, p, "text") end
    end
  end,

  finish = function()
    local report = pr.report.new{ title = string.format("“%s” in context", term) }
    report:add(pr.report.table{
      columns = { { name = "date", type = "date" }, "where", "in", { name = "left", align = "right" }, "term", "right" },
      rows = rows,
    })
    report:add(string.format("%d occurrence%s%s.", total, total == 1 and "" or "s",
      total > #rows and string.format(" (first %d shown)", #rows) or ""))
    return report
  end,
}
