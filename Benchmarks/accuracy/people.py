#!/usr/bin/env python3
"""Precision of the people pranalyze lists per release, on a hand-judged sample.

Usage: Benchmarks/accuracy/people.py [--labels FILE] [--devcorpus DIR] [--corpus DIR] [--bin PRANALYZE]
The labels (Tests/PressReleaseTests/Labels/people-precision.jsonl) judge each listed name of 115
releases sampled across sources (6 per development-corpus source, seed 13; 5 per folder of
../shared/corpus/real): `person` (an individual, not a heading, product, organisation or role) and
`full_name` (also the person's fullest name in the release, one entry per individual).
A path `devcorpus:SOURCE/FILE` lives in the development corpus (dev/corpora/rebuild), others in
../shared/corpus. Names listed now that no label judges are counted and shown: judge them
(append to the labels) before trusting a changed figure.
Labels/people-precision-heldout.jsonl (--labels) is a second sample that no rule was tuned on: 286 names
of 108 releases, 6 per development source not in the first sample (seed 29), judged against the
release text (a name with a stray word or missing a given name is a person but not a full name; a
fragment without the surname, a heading, venue or programme is not a person). Keep it out of tuning.
"""
import argparse, json, os, subprocess
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--labels", default=os.path.join(ROOT, "Tests/PressReleaseTests/Labels/people-precision.jsonl"))
    ap.add_argument("--devcorpus", default="/work/devcorpus")
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus"))
    ap.add_argument("--bin", default=None)
    a = ap.parse_args()
    binary = a.bin or next(p for p in (os.path.join(ROOT, ".build/release/pranalyze"), os.path.join(ROOT, ".build/debug/pranalyze"))
                           if os.path.exists(p))
    labels = defaultdict(dict)
    for line in open(a.labels):
        if line.strip():
            r = json.loads(line)
            labels[r["path"]][r["name"]] = r

    def real(path):
        if path.startswith("devcorpus:"):
            return os.path.normpath(os.path.join(a.devcorpus, path[len("devcorpus:"):]))
        return os.path.normpath(os.path.join(a.corpus, path))

    files = {real(p): p for p in labels}
    missing = [p for p in files if not os.path.exists(p)]
    if missing:
        print(f"{len(missing)} labelled files missing (rebuild the development corpus with dev/corpora/rebuild)")
    present = [p for p in files if os.path.exists(p)]
    out = subprocess.run([binary, "parse", *present, "--format", "json"], capture_output=True).stdout
    by_source = defaultdict(lambda: [0, 0, 0, 0])  # judged, person, full name, unjudged
    unjudged = []
    for d in json.loads(out or b"[]"):
        key = files[os.path.normpath(d["path"])]
        source = key.split(":")[-1].split("/")[-2] if key.startswith("devcorpus:") else key.split("/")[1]
        for p in d["people"]:
            lab = labels[key].get(p["name"])
            t = by_source[source]
            if lab is None:
                t[3] += 1
                unjudged.append(f"{key}\t{p['name']}")
                continue
            t[0] += 1
            t[1] += lab["person"]
            t[2] += lab["full_name"]
    print(f"{'source':22s} judged  person-precision  full-name-precision  unjudged")
    total = [0, 0, 0, 0]
    for s, t in sorted(by_source.items()):
        total = [x + y for x, y in zip(total, t)]
        print(f"{s:22s} {t[0]:6d}  {t[1] / max(t[0], 1):16.3f}  {t[2] / max(t[0], 1):19.3f}  {t[3]:8d}")
    print(f"{'ALL':22s} {total[0]:6d}  {total[1] / max(total[0], 1):16.3f}  {total[2] / max(total[0], 1):19.3f}  {total[3]:8d}")
    for u in unjudged[:40]:
        print("unjudged:", u)

if __name__ == "__main__":
    main()
