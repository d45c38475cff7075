-- pranalyze.lib.speakers: one record per individual across a corpus.
--
-- A Person belongs to one release; reports that aggregate over releases need to know that
-- "Sergey Lavrov" in one release, "Lavrov" in another and "Foreign Minister Lavrov" in a third
-- are one speaker. Records are grouped by pr.people.key(p) (the full name with case, diacritics,
-- periods and white space folded, after pr.people.alias). At the end, records known only by a
-- surname ("lavrov") are merged into the one full name with that surname, when there is exactly
-- one; pass merge_surnames = false to keep them apart, or your own key function.
-- People who share a surname stay apart: a surname-only record is kept per title ("Senator Lee"
-- and "Rep. Lee" are two records) and merged only into the full name whose titles agree
-- (Senator Lee into Mike Lee, Rep. Lee into Barbara Lee). pr.people.key has already resolved a
-- surname through the release's member/author metadata and the --aliases file; records carry
-- the aliases file's id (`rec.id`) and canonical name.
--
--   local speakers = require "pranalyze.lib.speakers"
--   local reg = speakers.new()                       -- or speakers.new{ key = function(p) ... end }
--   Quote = function(q, r) local s = reg:get(q.speaker, r); s.quotes = (s.quotes or 0) + 1 end
--   finish: for _, s in ipairs(reg:list()) do print(s.name, s.quotes) end
local M = {}

local Registry = {}
Registry.__index = Registry

-- Titles that name the same office, folded to one word ("Sen." and "Senator" → "senator").
local families = {
  sen = "senator", senator = "senator", rep = "representative", representative = "representative",
  congresswoman = "representative", congressman = "representative", congressmember = "representative",
  gov = "governor", governor = "governor", pres = "president", president = "president",
}
local function family(title)
  local t = title:lower():gsub("%.", ""):gsub("^%s+", ""):gsub("%s+$", "")
  return families[t] or families[t:match("(%S+)$") or ""] or t
end
M.title_family = family

-- Courtesy titles say nothing about who someone is: they never split a surname.
local courtesy = { mr = true, mrs = true, ms = true, miss = true, mx = true, dr = true, sir = true, dame = true }

-- The office of a person known only by surname, as a key suffix: "lee" → "lee [senator]".
local function titled(key, person)
  if key:find(" ", 1, true) then return key end
  for _, t in ipairs(person.titles) do
    local f = family(t)
    if not courtesy[f] then return key .. " [" .. f .. "]" end
  end
  return key
end

-- The earlier of two ISO dates (nil-safe); the later one.
local function earlier(a, b) if a == nil then return b elseif b == nil then return a end return a < b and a or b end
local function later(a, b) if a == nil then return b elseif b == nil then return a end return a > b and a or b end
M.earlier, M.later = earlier, later

-- Default merge of the fields a script keeps on a record: numbers add up, `first`/`last` take the
-- earlier/later date, tables used as sets or counts are merged key by key.
function M.combine(into, from)
  for k, v in pairs(from) do
    local mine = into[k]
    if k == "first" then into.first = earlier(mine, v)
    elseif k == "last" then into.last = later(mine, v)
    elseif type(v) == "number" then into[k] = (mine or 0) + v
    elseif type(v) == "table" then
      into[k] = mine or {}
      for kk, vv in pairs(v) do
        local have = into[k][kk]
        if type(vv) == "number" and type(have) == "number" then into[k][kk] = have + vv
        elseif have == nil then into[k][kk] = vv end
      end
    elseif mine == nil then into[k] = v
    end
  end
end

-- The default key: pr.people.key of a Person, or of the name of a plain record `{ name = … }`
-- (an organisation or group that speaks, see pranalyze.lib.statements).
function M.key(p)
  if type(p) == "table" then return pr.people.key(p.name) end
  return pr.people.key(p)
end

-- opts.key(person) -> string: how to identify a person (default pr.people.key).
-- opts.merge_surnames (default true): fold surname-only records into the unique full name.
-- opts.combine(into, from): how to merge script fields (default M.combine).
function M.new(opts)
  opts = opts or {}
  return setmetatable({
    key = opts.key or M.key,
    merge_surnames = opts.merge_surnames ~= false,
    combine = opts.combine or M.combine,
    records = {}, order = {},
  }, Registry)
end

-- The record of a person (created on first sight). Records carry `key`, `names` and `titles`
-- (counts; list() sets `name` and `title` to the most frequent) and `release_count`; scripts add
-- their own fields.
function Registry:get(person, release)
  -- A plain record ({ name = "the ministry" }) is known to pr.people by its name.
  local who = type(person) == "table" and person.name or person
  local key = self.key(person)
  if self.merge_surnames then key = titled(key, person) end
  local rec = self.records[key]
  if not rec then
    rec = { key = key, names = {}, titles = {}, release_count = 0, id = pr.people.id(who) }
    self.records[key] = rec
    self.order[#self.order + 1] = key
  end
  local name = pr.people.name(who)
  rec.names[name] = (rec.names[name] or 0) + 1
  -- Hooks see a release's quotes together, so counting changes of release counts each release
  -- once without keeping every release id (memory stays flat however large the corpus).
  if release and rec.last_release ~= release.id then
    rec.last_release = release.id
    rec.release_count = rec.release_count + 1
    -- Titles once per release, so a long release does not outvote many short ones.
    for _, t in ipairs(person.titles) do rec.titles[t] = (rec.titles[t] or 0) + 1 end
  end
  return rec
end

-- The most frequent key of a count table; ties go to the longer, then alphabetically first.
local function best(counts)
  local pick, n
  for k, c in pairs(counts) do
    if not pick or c > n or (c == n and (#k > #pick or (#k == #pick and k < pick))) then pick, n = k, c end
  end
  return pick
end

-- Merges a record into another (registry fields, then the script's).
function Registry:absorb(into, from)
  for name, c in pairs(from.names) do into.names[name] = (into.names[name] or 0) + c end
  for t, c in pairs(from.titles) do into.titles[t] = (into.titles[t] or 0) + c end
  -- Records merged here come from different releases (one release resolves a person once).
  into.release_count = into.release_count + from.release_count
  local own = { key = true, names = true, titles = true, last_release = true, name = true, title = true, release_count = true }
  local extra = {}
  for k, v in pairs(from) do if not own[k] then extra[k] = v end end
  self.combine(into, extra)
end

-- Where a key known only by its last words goes: "lavrov" and "van dijk" go to the one longer
-- key ending with them ("sergey lavrov", "marieke van dijk"); when several longer keys do, only
-- if they form one chain ("van dijk" < "marieke van dijk"), else nowhere (ambiguous).
local function suffix_targets(order, records)
  local by_suffix = {}
  for _, key in ipairs(order) do
    local pos = not key:find(" [", 1, true) and key:find(" ", 1, true)
    while pos do
      local suffix = key:sub(pos + 1)
      by_suffix[suffix] = by_suffix[suffix] or {}
      table.insert(by_suffix[suffix], key)
      pos = key:find(" ", pos + 1, true)
    end
  end
  local target = {}
  for _, key in ipairs(order) do
    local surname, office = key:match("^(%S+) %[(.+)%]$")
    local cands = by_suffix[surname or key]
    if cands and office and #cands > 1 then
      -- Only the full names that held this office (by their titles) are candidates.
      local agree = {}
      for _, c in ipairs(cands) do
        for t in pairs(records[c].titles) do
          if family(t) == office then agree[#agree + 1] = c; break end
        end
      end
      cands = #agree > 0 and agree or nil
    end
    if cands then
      local longest = cands[1]
      for _, c in ipairs(cands) do if #c > #longest then longest = c end end
      local chain = true
      for _, c in ipairs(cands) do
        if c ~= longest and longest:sub(-#c - 1) ~= " " .. c then chain = false end
      end
      if chain then target[key] = longest end
    end
  end
  return target
end

-- The merged records, in order of first sight, each with `name` (most frequent spelling),
-- `title` (most frequent title) and `release_count` set.
function Registry:list()
  local merged = {}
  if self.merge_surnames and not self.merged then
    local target = suffix_targets(self.order, self.records)
    for _, key in ipairs(self.order) do
      if target[key] then
        self:absorb(self.records[target[key]], self.records[key])
        merged[key] = target[key]
      end
    end
  end
  -- Merging happens once; later calls list the same records.
  self.merged = self.merged or merged
  merged = self.merged
  local alive, per_surname = {}, {}
  for _, key in ipairs(self.order) do
    if not merged[key] then
      local rec = self.records[key]
      rec.name = best(rec.names)
      rec.title = best(rec.titles)
      alive[#alive + 1] = rec
      local surname = key:match("^(%S+) %[") or key
      per_surname[surname] = (per_surname[surname] or 0) + 1
    end
  end
  -- Surname-only records that no office resolved, when the surname has several: say the office.
  for _, rec in ipairs(alive) do
    local surname = rec.key:match("^(%S+) %[")
    if surname and per_surname[surname] > 1 and rec.title and not self.named then
      rec.name = rec.name .. " (" .. rec.title .. ")"
    end
  end
  self.named = true
  return alive
end

-- After the corpus: a map from every key seen (merged ones too) to its merged record.
function Registry:canonical()
  local map = {}
  for _, rec in ipairs(self:list()) do map[rec.key] = rec end
  for key, into in pairs(self.merged) do map[key] = map[into] end
  return map
end

-- Partial state (scripts that define partial and merge): the registry as plain data, two such
-- exports merged (a's releases come before b's in input order), and a registry rebuilt from one.
function Registry:export()
  return { records = self.records, order = self.order }
end

function M.import(export, opts)
  local reg = M.new(opts)
  reg.records, reg.order = export.records, export.order
  return reg
end

function M.merge_exports(a, b, opts)
  local reg = M.import(a, opts)
  for _, key in ipairs(b.order) do
    local into, from = reg.records[key], b.records[key]
    if into then
      reg:absorb(into, from)
    else
      reg.records[key] = from
      reg.order[#reg.order + 1] = key
    end
  end
  return reg:export()
end

return M
