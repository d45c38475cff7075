-- pranalyze.lib.corpus: small helpers the bundled reports share.
--
--   local corpus = require "pranalyze.lib.corpus"
--   corpus.source(r, "folder")   --> "eirns" for corpus/eirns/2017-11-08.txt
--   corpus.month(r.date)         --> "2017-11"
local M = {}

-- The ways a release's source can be told, for `--arg by=…`.
M.source_kinds = "folder (the directory holding the file), prefix (the file name up to its first dash) "
  .. "or agency (the dateline's agency)"

-- The source of a release: `by` = "folder", "prefix" or "agency".
function M.source(r, by)
  if by == "agency" then
    local d = r.dateline
    return d and d.agency or "(no agency)"
  end
  local path = r.path
  if by == "prefix" then
    local file = path:match("([^/]+)$") or path
    return file:match("^([^-_.]+)") or file
  end
  return path:match("([^/]+)/[^/]+$") or "."
end

-- Checks a `by` argument, raising a clear error for an unknown one.
function M.check_source_kind(by)
  if by ~= "folder" and by ~= "prefix" and by ~= "agency" then
    error("--arg by=" .. tostring(by) .. ": use " .. M.source_kinds, 0)
  end
  return by
end

-- "2017-11-08" --> "2017-11"; nil for a missing or malformed date.
function M.month(date)
  return date and date:match("^(%d%d%d%d%-%d%d)%-%d%d$")
end

-- Adds n (default 1) to t[k].
function M.inc(t, k, n)
  t[k] = (t[k] or 0) + (n or 1)
end

-- The keys of a table, sorted.
function M.sorted_keys(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b)
    if type(a) == type(b) then return a < b end
    return type(a) == "number"
  end)
  return keys
end

-- A quote's text squeezed to one line of at most `limit` characters (UTF-8 safe).
function M.clip(text, limit)
  text = text:gsub("%s+", " ")
  if utf8.len(text) and utf8.len(text) > limit then
    text = text:sub(1, utf8.offset(text, limit) - 1) .. "…"
  end
  return text
end

return M
