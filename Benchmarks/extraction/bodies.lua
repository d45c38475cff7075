-- One JSON line per release: the file it came from, the body pranalyze extracted, its date and headline.
for r in pr.releases() do
  print(pr.json({ path = r.path, text = r.text, date = r.date, headline = r.headline }))
end
