-- One JSON line per release: the file it came from and the body pranalyze extracted.
for r in pr.releases() do
  print(pr.json({ path = r.path, text = r.text }))
end
