/// Lua helpers of the REPL: a data-friendly pretty printer and the key lister behind completion.
/// Written in Lua so they honour `__tostring` and `__pairs` exactly as scripts see them.
enum ReplPrelude {
    static let source = #"""
    local members = ...
    local M = {}
    local MAX_ITEMS, MAX_DEPTH = 20, 3

    local function keyText(k)
      if type(k) == "string" and k:match("^[%a_][%w_]*$") then return k end
      return "[" .. (type(k) == "string" and string.format("%q", k) or tostring(k)) .. "]"
    end

    local function show(v, depth, seen, nested)
      local t = type(v)
      if t == "string" then return nested and string.format("%q", v) or v end
      if t ~= "table" then return tostring(v) end
      local mt = getmetatable(v)
      if type(mt) == "table" and mt.__tostring then return tostring(v) end
      if seen[v] then return "<cycle>" end
      if depth >= MAX_DEPTH then return "{…}" end
      seen[v] = true
      local parts, n, count = {}, #v, 0
      for i = 1, math.min(n, MAX_ITEMS) do parts[#parts + 1] = show(v[i], depth + 1, seen, true) end
      local keys = {}
      for k in pairs(v) do
        if not (math.type(k) == "integer" and k >= 1 and k <= n) then keys[#keys + 1] = k end
      end
      table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
      for _, k in ipairs(keys) do
        if #parts >= MAX_ITEMS then break end
        parts[#parts + 1] = keyText(k) .. " = " .. show(v[k], depth + 1, seen, true)
      end
      count = n + #keys
      seen[v] = nil
      if count > #parts then parts[#parts + 1] = "… (" .. (count - #parts) .. " more)" end
      if #parts == 0 then return "{}" end
      local one = "{ " .. table.concat(parts, ", ") .. " }"
      if #one <= 100 then return one end
      local pad = string.rep("  ", depth + 1)
      return "{\n" .. pad .. table.concat(parts, ",\n" .. pad) .. "\n" .. string.rep("  ", depth) .. "}"
    end

    function M.show(...)
      local out = {}
      for i = 1, select("#", ...) do out[i] = show((select(i, ...)), 0, {}, false) end
      return table.concat(out, "\t")
    end

    -- Names a completion may offer after `value.` or `value:`.
    function M.keys(value)
      local names = {}
      if type(value) == "userdata" then
        for _, name in ipairs(members(value) or {}) do names[#names + 1] = name end
      elseif type(value) == "table" then
        for k in pairs(value) do if type(k) == "string" then names[#names + 1] = k end end
      elseif type(value) == "string" then
        for k in pairs(string) do names[#names + 1] = k end
      end
      table.sort(names)
      return names
    end

    return M
    """#
}
