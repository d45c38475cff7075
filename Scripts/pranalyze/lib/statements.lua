-- pranalyze.lib.statements: choosing attributed statements by kind, for `--arg kinds=…`.
--
-- `direct` keeps a report on quotes in marks (the `Quote` hook: reported speech is never
-- analysed, so the report runs as fast as before); `indirect` takes reported speech, also when
-- partly quoted (`Lavrov said Putin is prepared to …`); `all` takes every statement of
-- `r.attributions`.
--
--   local statements = require "pranalyze.lib.statements"
--   kinds = statements.check_kinds(args.kinds)
--   Release = function(r) statements.each(r, kinds, function(st) ... end) end
local M = {}

M.kinds_doc = "which statements: direct (quotes in marks), indirect (reported speech, also partly quoted) or all"

-- Checks a `kinds` argument, raising a clear error for an unknown one.
function M.check_kinds(kinds)
  if kinds ~= "direct" and kinds ~= "indirect" and kinds ~= "all" then
    error("--arg kinds=" .. tostring(kinds) .. ": use direct, indirect or all", 0)
  end
  return kinds
end

-- Whether a statement is of the kinds asked for.
function M.wanted(st, kinds)
  if kinds == "all" then return true end
  if kinds == "indirect" then return st.kind == "indirect" or st.kind == "mixed" end
  return st.kind == "direct" or st.kind == "partial"
end

-- Calls fn(st) for each statement of r of the kinds asked for, in text order.
function M.each(r, kinds, fn)
  for _, st in ipairs(r.attributions) do
    if M.wanted(st, kinds) then fn(st) end
  end
end

-- The speaker as something pranalyze.lib.speakers can file: the Person itself, else a record
-- with the organisation's or group's name as written ("the ministry", "officials"); nil when
-- the statement has no speaker.
local pronouns = { i = true, we = true, you = true, he = true, she = true, it = true, they = true }

function M.speaker(st)
  local who = st.speaker
  if who == nil then return nil end
  if st.speaker_kind == "person" and type(who) == "userdata" then return who end
  local name = st.speaker_name or who.name
  -- A pronoun the parser could not resolve ("I think …" inside a transcript) names nobody.
  if name == nil or pronouns[name:lower()] then return nil end
  return { name = name, titles = {} }
end

-- The heading word for counts: "quotes" for direct, "statements" otherwise.
function M.noun(kinds)
  return kinds == "direct" and "quotes" or "statements"
end

return M
