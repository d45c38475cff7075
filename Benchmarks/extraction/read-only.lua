-- Reads every input into releases and touches only the headline: HTML reading throughput.
local n = 0
for r in pr.releases() do
  if r.headline then n = n + 1 end
end
print(n)
