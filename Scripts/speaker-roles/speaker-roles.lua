-- speaker-roles: quotes by the speaker's role and gender as the titles tell them. A heuristic:
-- titles are matched against short word lists below; a person whose titles say nothing is
-- `unknown`, never guessed from the first name.
local roles = {
  { "legislator", { "senator", "sen.", "rep.", "representative", "congressman", "congresswoman",
                    "congressmember", "mp", "member of parliament", "deputy", "senators" } },
  { "head of state or government", { "president", "prime minister", "premier", "chancellor", "king", "queen" } },
  { "minister or official", { "minister", "secretary", "governor", "mayor", "ambassador", "commissioner",
                              "administrator", "attorney general", "spokesman", "spokeswoman", "spokesperson" } },
  { "executive", { "ceo", "chief", "founder", "chairman", "chairwoman", "chair", "director", "vice president",
                   "managing director", "head" } },
}
local female = { congresswoman = true, chairwoman = true, ["mrs."] = true, ["ms."] = true, mrs = true, ms = true,
                 madam = true, spokeswoman = true, queen = true }
local male = { congressman = true, chairman = true, ["mr."] = true, mr = true, spokesman = true, king = true }

local cells, speakers = {}, {}

local function role_of(titles)
  local text = " " .. pr.text.fold(table.concat(titles, " ")) .. " "
  for _, entry in ipairs(roles) do
    for _, word in ipairs(entry[2]) do
      if text:find(" " .. word .. " ", 1, true) or text:find(" " .. word .. ",", 1, true) then return entry[1] end
    end
  end
  return "unknown"
end

local function gender_of(p)
  if p.gender ~= "unknown" then return p.gender end
  for _, t in ipairs(p.titles) do
    for word in pr.text.fold(t):gmatch("%S+") do
      if female[word] then return "female" elseif male[word] then return "male" end
    end
  end
  return "unknown"
end

return {
  meta = {
    name = "speaker-roles",
    description = "Quotes by speaker role and gender as titles tell them (heuristic)",
    needs = { "quotes", "people" },
  },

  Quote = function(q)
    local p = q.speaker
    if not p then return end
    local key = role_of(p.titles) .. "\0" .. gender_of(p)
    local cell = cells[key] or { quotes = 0, people = {} }
    cells[key] = cell
    cell.quotes = cell.quotes + 1
    local who = pr.people.key(p)
    if not cell.people[who] then cell.people[who] = true; speakers[key] = (speakers[key] or 0) + 1 end
  end,

  finish = function()
    local total, rows = 0, {}
    for _, c in pairs(cells) do total = total + c.quotes end
    for key, c in pairs(cells) do
      local role, gender = key:match("^(.-)%z(.*)$")
      rows[#rows + 1] = { role, gender, speakers[key], c.quotes, math.floor(c.quotes / total * 1000 + 0.5) / 10 }
    end
    return pr.report.table{
      title = "Quotes by speaker role and gender (from titles; heuristic)", sort = { "-quotes", "role", "gender" },
      columns = { "role", "gender", { name = "speakers", type = "integer" }, { name = "quotes", type = "integer" },
                  { name = "share %", type = "number" } },
      rows = rows,
    }
  end,
}
