-- co-mentions: who is mentioned with whom: pairs of people named in the same release.
local speakers = require "pranalyze.lib.speakers"

local reg, pairs_seen, limit, quoted_only, min_mentions = nil, {}, 20, false, 2
local release_people = {}

return {
  meta = {
    name = "co-mentions",
    description = "Who is mentioned with whom: the pairs of people named together most often",
    args = {
      { name = "limit", type = "integer", default = 20, doc = "how many pairs to show" },
      { name = "quoted_only", type = "boolean", default = false, doc = "only people quoted in the release" },
      { name = "min_mentions", type = "integer", default = 2,
        doc = "only people mentioned at least this often in the release (drops one-off false names)" },
    },
    needs = { "people" },
  },

  init = function(args)
    limit, quoted_only, min_mentions = args.limit, args.quoted_only, args.min_mentions
    reg = speakers.new()
  end,

  Release = function(r)
    local keys, seen = {}, {}
    for _, p in ipairs(r.people) do
      if (not quoted_only or #p.quotes > 0) and p.mention_count >= min_mentions then
        local key = reg:get(p, r).key
        if not seen[key] then
          seen[key] = true
          keys[#keys + 1] = key
        end
      end
    end
    release_people[#release_people + 1] = keys
  end,

  finish = function()
    -- Keys merge only once the whole corpus is known, so pairs are counted at the end.
    local canonical = reg:canonical()
    for _, keys in ipairs(release_people) do
      local names, seen = {}, {}
      for _, k in ipairs(keys) do
        local s = canonical[k]
        if s and not seen[s.key] then
          seen[s.key] = true
          names[#names + 1] = s.name
        end
      end
      table.sort(names)
      for i = 1, #names do
        for j = i + 1, #names do
          local pair = names[i] .. "\0" .. names[j]
          pairs_seen[pair] = (pairs_seen[pair] or 0) + 1
        end
      end
    end
    local rows = {}
    for pair, n in pairs(pairs_seen) do
      local a, b = pair:match("^(.*)%z(.*)$")
      rows[#rows + 1] = { a, b, n }
    end
    return pr.report.table{
      title = "People mentioned together",
      columns = { "person", "with", "releases" },
      rows = rows,
      sort = { "-releases", "person", "with" },
      limit = limit,
    }
  end,
}
