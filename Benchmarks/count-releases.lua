-- Benchmark: touch nothing but the release count (measures reading + structural parsing).
local n = 0
for _ in pr.releases() do n = n + 1 end
print(n)
