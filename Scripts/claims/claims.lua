-- claims: who claims what about a term or a person, from every attributed statement (quoted or
-- reported) whose content names it.
local speakers = require "pranalyze.lib.speakers"
local statements = require "pranalyze.lib.statements"

local about, key, kinds, width, limit
local reg, rows, total, unattributed, unattributed_releases, last_release

-- Pronouns and lower-case descriptions ("he", "the minister") are not names to search for.
local function is_name(form)
  return form:match("^%u") ~= nil and form:find("%s") ~= nil or (form:match("^%u%l") ~= nil and #form > 2)
end

-- The words that name `about` in release r: the phrase itself, and when it is a person of r
-- (by key, surname or a name holding its words: "Trump" is "Donald Trump") every name form
-- of that person ("Donald Trump", "President Trump", "Trump").
local function forms_in(r)
  local forms = { about }
  for _, p in ipairs(r.people) do
    if p.key == key or pr.people.fold(p.surname) == key or pr.text.has_words(p.name, about) then
      forms[#forms + 1] = p.name
      forms[#forms + 1] = p.surname
      for _, m in ipairs(p.mentions) do
        if is_name(m) then forms[#forms + 1] = m end
      end
    end
  end
  return forms
end

-- Folded words with a possessive ending dropped, so "Trump’s" names Trump.
local function words(text)
  local out = {}
  for _, w in ipairs(pr.text.words(text)) do
    out[#out + 1] = (pr.text.fold(w):gsub("'s$", ""):gsub("’s$", ""))
  end
  return out
end

local function holds(ws, phrase)
  local n = #phrase
  if n == 0 then return false end
  for i = 1, #ws - n + 1 do
    local j = 1
    while j <= n and ws[i + j - 1] == phrase[j] do j = j + 1 end
    if j > n then return true end
  end
  return false
end

local function mentions(text, forms)
  local ws = words(text)
  for _, f in ipairs(forms) do
    if holds(ws, words(f)) then return true end
  end
  return false
end

local function clip(text)
  text = pr.text.trim((text:gsub("%s+", " ")))
  if width == 0 or pr.text.len(text) <= width then return text end
  return pr.text.sub(text, 1, width - 1) .. "…"
end

return {
  meta = {
    name = "claims",
    description = "Who claims what about a term or a person, quoted or in reported speech",
    args = {
      { name = "about", type = "string", required = true,
        doc = "the term or person the claims are about (whole words, any case;"
          .. " a person also by the other names a release gives them)" },
      { name = "kinds", type = "string", default = "all", doc = statements.kinds_doc },
      { name = "width", type = "integer", default = 100, doc = "characters of each claim to show (0: all)" },
      { name = "limit", type = "integer", default = 0, doc = "list the first N claims only (0: all)" },
    },
    needs = { "attributions", "people" },
  },

  init = function(args)
    about, width, limit = pr.text.trim(args.about), args.width, args.limit
    if about == "" then error("--arg about must not be empty", 0) end
    if width < 0 or limit < 0 then error("--arg width and limit must not be negative", 0) end
    kinds = statements.check_kinds(args.kinds)
    key = pr.people.key(about)
    reg, rows, total, unattributed, unattributed_releases = speakers.new(), {}, 0, 0, 0
  end,

  Release = function(r)
    local forms = forms_in(r)
    statements.each(r, kinds, function(st)
      if not mentions(st.text, forms) then return end
      total = total + 1
      local who = statements.speaker(st)
      local name = "(unattributed)"
      if who then
        local rec = reg:get(who, r)
        rec.claims = (rec.claims or 0) + 1
        rec.kind = st.speaker_kind
        name = pr.people.name(type(who) == "table" and who.name or who)
      else
        unattributed = unattributed + 1
        if last_release ~= r.id then unattributed_releases, last_release = unattributed_releases + 1, r.id end
      end
      if limit == 0 or #rows < limit then
        rows[#rows + 1] = { r.date or "", string.format("%s:%d", r.path, st.line), name, st.kind,
                            st.cue or "", clip(st.text) }
      end
    end)
  end,

  finish = function()
    local report = pr.report.new{ title = string.format("Claims about “%s”", about) }
    local who = {}
    for _, s in ipairs(reg:list()) do
      if s.claims then who[#who + 1] = { s.name, s.kind or "", s.claims, s.release_count } end
    end
    if unattributed > 0 then who[#who + 1] = { "(unattributed)", "", unattributed, unattributed_releases } end
    report:add(pr.report.table{
      title = "Who claims",
      columns = { "speaker", "kind", "claims", "releases" },
      rows = who,
      sort = { "-claims", "speaker" },
    })
    report:add(pr.report.table{
      title = "What they claim",
      columns = { { name = "date", type = "date" }, "where", "speaker", "kind", "cue", "claim" },
      rows = rows,
    })
    report:add(string.format("%d claim%s%s.", total, total == 1 and "" or "s",
      total > #rows and string.format(" (first %d shown)", #rows) or ""))
    return report
  end,
}
