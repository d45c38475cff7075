-- share-of-voice: each organisation's share of the quotes and quoted words. The organisation is
-- the speaker's affiliation as the text gives it ("CEO of Acme" → Acme), or with --arg org=FIELD
-- a release metadata field (the issuing office, outlet or party), or the release's source.
local limit = 20
local org, counts, words, people, total_q, total_w = "affiliation", {}, {}, {}, 0, 0

-- "co-founder and CEO of Relli" → "Relli", "PR Director at Walker Sands" → "Walker Sands": the
-- capitalised name after the last "of"/"at"; a bare role ("CEO") names no organisation.
local function named_org(affiliation)
  local last
  for name in affiliation:gmatch(" [oa][ft] (%u[^,;]*)") do last = name end
  if not last and affiliation:match("^%u%w*%s+%u") and not affiliation:find(" of ") then last = affiliation end
  return last and (last:gsub("^the ", ""):gsub("%s+$", "")) or nil
end

local function organisation(q, r)
  if org == "affiliation" then
    local p = q.speaker
    return p and p.affiliation and named_org(p.affiliation) or "(no organisation named)"
  elseif org == "source" then
    return r.source or "(none)"
  end
  local v = r.meta[org]
  return (v ~= nil and v ~= "") and tostring(v) or "(none)"
end

local function pct(n, total) return total > 0 and math.floor(n / total * 1000 + 0.5) / 10 or 0 end

return {
  meta = {
    name = "share-of-voice",
    description = "Share of quotes and quoted words per organisation (speaker affiliation, source or a metadata field)",
    args = {
      { name = "org", type = "string", default = "affiliation",
        doc = "where the organisation comes from: affiliation (the speaker's), source, or a metadata field" },
      { name = "limit", type = "integer", default = 20, doc = "rows to show (0: all)" },
    },
    needs = { "quotes", "people" },
  },

  init = function(args) org = args.org; limit = args.limit end,

  Quote = function(q, r)
    local name = organisation(q, r)
    counts[name] = (counts[name] or 0) + 1
    words[name] = (words[name] or 0) + q.words
    total_q, total_w = total_q + 1, total_w + q.words
    if q.speaker then
      people[name] = people[name] or {}
      people[name][pr.people.key(q.speaker)] = true
    end
  end,

  finish = function()
    local rows = {}
    for name, n in pairs(counts) do
      local speakers = 0
      for _ in pairs(people[name] or {}) do speakers = speakers + 1 end
      rows[#rows + 1] = { name, speakers, n, words[name], pct(n, total_q), pct(words[name], total_w) }
    end
    return pr.report.table{
      title = "Share of voice by " .. org, sort = { "-quotes", "organisation" }, limit = limit > 0 and limit or nil,
      columns = { "organisation", { name = "speakers", type = "integer" }, { name = "quotes", type = "integer" },
                  { name = "words", type = "integer" }, { name = "quotes %", type = "number" },
                  { name = "words %", type = "number" } },
      rows = rows,
    }
  end,
}
