-- filter-releases: pick releases by date range, source, speaker or text; write their paths (to
-- feed other commands: pranalyze quotes-per-speaker $(pranalyze filter-releases …)) or a new
-- JSON Lines corpus (one release per line).
local corpus = require "pranalyze.lib.corpus"

local opts, matched, seen_files = {}, 0, {}

-- Whether any person of the release has `wanted` (a folded name) as, or within, their key.
local function has_speaker(r, wanted, quoted)
  for _, p in ipairs(r.people) do
    if not quoted or #p.quotes > 0 then
      local key = pr.people.key(p)
      if key == wanted or (" " .. key .. " "):find(" " .. wanted .. " ", 1, true) then return true end
    end
  end
  return false
end

local function keep(r)
  if opts.from and (not r.date or r.date < opts.from) then return false end
  if opts.to and (not r.date or r.date > opts.to) then return false end
  if opts.source ~= "" and corpus.source(r, opts.by) ~= opts.source then return false end
  if opts.speaker ~= "" and not has_speaker(r, pr.people.key(opts.speaker), true) then return false end
  if opts.mentions ~= "" and not has_speaker(r, pr.people.key(opts.mentions), false) then return false end
  if opts.text ~= "" then
    local body = ((r.headline or "") .. "\n" .. r.text):lower()
    if not body:find(opts.text:lower(), 1, true) then return false end
  end
  return true
end

return {
  meta = {
    name = "filter-releases",
    description = "Releases matching a date range, source, speaker or text, as paths or a JSONL corpus",
    args = {
      { name = "from", type = "date", doc = "first date, YYYY-MM-DD (undated releases are left out)" },
      { name = "to", type = "date", doc = "last date, YYYY-MM-DD" },
      { name = "source", type = "string", default = "", doc = "only this source (see by)" },
      { name = "by", type = "string", default = "folder", doc = "what a source is: " .. corpus.source_kinds },
      { name = "speaker", type = "string", default = "",
        doc = "only releases quoting this person (full name or surname)" },
      { name = "mentions", type = "string", default = "", doc = "only releases naming this person" },
      { name = "text", type = "string", default = "",
        doc = "only releases whose headline or body contains this (case-insensitive)" },
      { name = "emit", type = "string", default = "paths",
        doc = "paths (one file per line), ids (one release per line) or jsonl" },
    },
  },

  init = function(args)
    opts = args
    corpus.check_source_kind(opts.by)
    if opts.from and opts.to and opts.from > opts.to then
      error("--arg from=" .. opts.from .. " is after to=" .. opts.to, 0)
    end
    if opts.emit ~= "paths" and opts.emit ~= "ids" and opts.emit ~= "jsonl" then
      error("--arg emit=" .. opts.emit .. ": use paths, ids or jsonl", 0)
    end
  end,

  Release = function(r)
    if not keep(r) then return false end
    matched = matched + 1
    if opts.emit == "jsonl" then
      print(pr.json({ id = r.id, path = r.path, date = r.date, headline = r.headline,
                      dateline = r.dateline and r.dateline.text, text = r.text }))
    elseif opts.emit == "ids" then
      print(r.id)
    elseif not seen_files[r.path] then
      -- A file holding several releases is listed once.
      seen_files[r.path] = true
      print(r.path)
    end
  end,
}
