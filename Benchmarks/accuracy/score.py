#!/usr/bin/env python3
"""Accuracy harness: per-source structure accuracy on the labelled development corpus, and the
per-source tables of the other accuracy modules beside it.

Runs the built binary (`pranalyze parse --format json`) over the releases labelled in
Tests/PressReleaseTests/Labels/dev-structure.jsonl (paths `SOURCE/FILE` inside the rebuilt
dev corpus, see dev/corpora/) and prints, per source, the share of releases whose headline, date,
dateline place and agency equal the label. A field matches when both sides, whitespace squeezed,
are equal (null = null counts); headlines also drop one trailing `;`, `.` or `:` on both sides,
since news feeds append them to titles. `--misses` lists each wrong field.

Module interface (for quotes, reported speech, ...): a module in this folder that exposes
    rows(args) -> list of dict(source=..., **metrics)
is imported when present and its table printed after the structure table. `args` is this
script's argparse namespace (`bin`, `devcorpus`, `root`); each dict is one source's row, metric
values numbers (a share in 0..1 prints as a percentage, an int as a count). Modules listed in
MODULES that are absent are skipped silently; one that raises is reported and skipped.

Usage: Benchmarks/accuracy/score.py [--bin PRANALYZE] [--devcorpus DIR] [--misses] [--only structure]
"""
import argparse, importlib, json, os, re, subprocess, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
LABELS = os.path.join(ROOT, "Tests/PressReleaseTests/Labels/dev-structure.jsonl")
FIELDS = ("headline", "date", "place", "agency")
MODULES = ("quotes", "reported")


def squeeze(v, headline=False):
    if v is None:
        return None
    s = re.sub(r"\s+", " ", v).strip()
    return re.sub(r"\s*[;.:]$", "", s) if headline else s


def parse(binary, paths):
    """The parser's model of each path, in one run (the CLI takes many inputs)."""
    out = subprocess.run([binary, "parse", "--format", "json", "--quiet", *paths],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if out.returncode not in (0, 4):
        sys.exit(f"pranalyze parse failed ({out.returncode}): {out.stderr.decode()[:400]}")
    return {os.path.normpath(r["path"]): r for r in json.loads(out.stdout)}


def present(labels, corpus):
    """The labels whose source folder the corpus holds. A corpus rebuilt before a source was added
    (or built with `rebuild --only`) lacks that folder: its labels are skipped, and said so, rather
    than failing every other source's figures. A file missing from a folder that is there is still
    an error (a stale rebuild)."""
    absent = sorted({l["path"].split("/")[0] for l in labels
                     if not os.path.isdir(os.path.join(corpus, l["path"].split("/")[0]))})
    if absent:
        print(f"note: {corpus} has no folder for {', '.join(absent)}: their labels are skipped", file=sys.stderr)
    return [l for l in labels if l["path"].split("/")[0] not in absent]


def got(model, field):
    if model is None:
        return None
    if field in ("headline", "date"):
        return model.get(field)
    dl = model.get("dateline") or {}
    return dl.get(field)


def structure_rows(args, misses=None):
    labels = present([json.loads(l) for l in open(LABELS, encoding="utf-8") if l.strip()], args.devcorpus)
    paths = [os.path.normpath(os.path.join(args.devcorpus, l["path"])) for l in labels]
    absent = [p for p in paths if not os.path.exists(p)]
    if absent:
        sys.exit(f"{len(absent)} labelled files missing (run dev/corpora/rebuild): {absent[0]}")
    models = parse(args.bin, paths)
    hits = defaultdict(lambda: defaultdict(int))
    total = defaultdict(int)
    for lab, path in zip(labels, paths):
        src = lab["path"].split("/")[0]
        total[src] += 1
        model = models.get(path)
        for f in FIELDS:
            want, have = squeeze(lab[f], f == "headline"), squeeze(got(model, f), f == "headline")
            if want == have:
                hits[src][f] += 1
            elif misses is not None:
                misses.append((lab["path"], f, lab[f], got(model, f)))
    rows = [dict(source=s, n=total[s], **{f: hits[s][f] / total[s] for f in FIELDS}) for s in sorted(total)]
    n = sum(total.values())
    rows.append(dict(source="ALL", n=n, **{f: sum(hits[s][f] for s in total) / n for f in FIELDS}))
    return rows


def table(title, rows):
    if not rows:
        return
    keys = [k for k in rows[0] if k != "source"]
    print(f"\n{title}")
    print(f"{'source':20}" + "".join(f"{k:>10}" for k in keys))
    for r in rows:
        cells = []
        for k in keys:
            v = r.get(k)
            cells.append(f"{'-':>10}" if v is None else f"{v:>10d}" if isinstance(v, int) else f"{v * 100:>9.1f}%")
        print(f"{r['source']:20}" + "".join(cells))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=None)
    ap.add_argument("--devcorpus", default=os.environ.get("PRANALYZE_DEV_CORPUS", "/work/devcorpus"))
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--only", default=None)
    args = ap.parse_args()
    args.root = ROOT
    args.corpus = args.devcorpus  # the modules (quotes.py) read the same corpus folder
    args.bin = args.bin or next((p for p in (os.path.join(ROOT, ".build/release/pranalyze"),
                                             os.path.join(ROOT, ".build/debug/pranalyze")) if os.path.exists(p)), None)
    if not args.bin:
        sys.exit("no pranalyze binary: run swift build")
    misses = [] if args.misses else None
    table("structure (share of labelled releases right)", structure_rows(args, misses))
    for path, f, want, have in misses or []:
        print(f"  MISS {path} {f}: want {want!r} got {have!r}")
    if args.only == "structure":
        return 0
    sys.path.insert(0, HERE)
    for name in MODULES:
        if not os.path.exists(os.path.join(HERE, name + ".py")):
            continue
        try:
            table(name, importlib.import_module(name).rows(args))
        except Exception as e:  # one module's failure must not hide the others' tables
            print(f"\n{name}: failed ({type(e).__name__}: {e})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
