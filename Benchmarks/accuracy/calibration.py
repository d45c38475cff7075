#!/usr/bin/env python3
"""Speaker accuracy per attribution rule (q.rule) and per confidence band, on hand-labelled quotes.

Usage: Benchmarks/accuracy/calibration.py [LABELS.jsonl ...] [--corpus DIR] [--bin PRANALYZE]
Defaults: the three quote label files under Tests/PressReleaseTests/Labels, corpus ../shared/corpus,
binary .build/release/pranalyze (else .build/debug). A labelled quote is matched by the predicted quote
covering at least half of its words (the QuoteScorer rule); its speaker is right when the surnames agree.
Confidence is calibrated when each band's accuracy rises with the band.
"""
import argparse, json, os, re, subprocess, sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

def surname(name):
    if not name:
        return None
    words = [re.sub(r"[^a-z]", "", w) for w in name.lower().split()]
    words = [w for w in words if w and w not in ("jr", "sr", "ii", "iii", "phd", "md")]
    return words[-1] if words else ""

def words(b, s, e):
    return [(m.start() + s, m.end() + s) for m in re.finditer(rb"\S+", b[s:e])]

def parse(binary, paths):
    out = subprocess.run([binary, "parse", *paths, "--format", "json"], capture_output=True, check=False)
    docs = json.loads(out.stdout or b"[]")
    return {os.path.normpath(d["path"]): d for d in docs}

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("labels", nargs="*")
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus"))
    ap.add_argument("--bin", default=None)
    a = ap.parse_args()
    labels = a.labels or [os.path.join(ROOT, "Tests/PressReleaseTests/Labels", f)
                          for f in ("quotes.jsonl", "quotes-heldout.jsonl", "quotes-heldout-2.jsonl")]
    binary = a.bin or next(p for p in (os.path.join(ROOT, ".build/release/pranalyze"), os.path.join(ROOT, ".build/debug/pranalyze"))
                           if os.path.exists(p))
    rows = [json.loads(l) for f in labels for l in open(f) if l.strip()]
    paths = [os.path.normpath(os.path.join(a.corpus, r["path"])) for r in rows]
    docs = parse(binary, sorted(set(paths)))
    by_rule = defaultdict(lambda: [0, 0])
    by_band = defaultdict(lambda: [0, 0])
    bands = [(0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 0.95), (0.95, 1.01)]
    for r, path in zip(rows, paths):
        d = docs.get(path)
        if d is None:
            print("not parsed:", path, file=sys.stderr)
            continue
        b = open(path, "rb").read()
        people = d["people"]
        quotes = [q for q in d["quotes"] if q["kind"] != "turn"]
        used = set()
        for span in r["quotes"]:
            ws = words(b, span["start"], span["stop"])
            best, cover = None, 0
            for i, q in enumerate(quotes):
                if i in used:
                    continue
                c = sum(1 for w in ws if q["start"] <= (w[0] + w[1]) // 2 < q["stop"])
                if c > cover:
                    best, cover = i, c
            if best is None or cover * 2 < len(ws):
                continue
            used.add(best)
            q = quotes[best]
            got = people[q["speaker"]]["name"] if q["speaker"] is not None else None
            right = surname(span.get("speaker")) == surname(got)
            rule = q.get("rule") or "(none)"
            by_rule[rule][0] += right
            by_rule[rule][1] += 1
            band = next(bb for bb in bands if bb[0] <= q["confidence"] < bb[1])
            by_band[band][0] += right
            by_band[band][1] += 1
    print("rule                  right/n   accuracy")
    for k, (ok, n) in sorted(by_rule.items(), key=lambda x: -x[1][1]):
        print(f"{k:20s} {ok:4d}/{n:<4d}  {ok / n:.3f}")
    print("\nconfidence band       right/n   accuracy")
    for band in bands:
        ok, n = by_band.get(band, [0, 0])
        print(f"[{band[0]:.2f}, {min(band[1], 1.0):.2f})         {ok:4d}/{n:<4d}  {ok / n if n else float('nan'):.3f}")

if __name__ == "__main__":
    main()
