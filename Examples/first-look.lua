-- A first look at a corpus: one line per release with its date, size and headline.
-- Run: pranalyze Examples/first-look.lua Examples/corpus
local count, words = 0, 0
for r in pr.releases() do
  count = count + 1
  words = words + r.words
  local place = r.dateline and r.dateline.place or ""
  print(string.format("%-10s  %5d words  %-12s  %s", r.date or "(undated)", r.words, place, r.headline or "(no headline)"))
end
print(string.format("%d releases, %d words", count, words))
