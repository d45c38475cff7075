#!/usr/bin/env python3
"""Reported-speech accuracy of pranalyze on the hand labels of the development corpus.

Labels: Tests/PressReleaseTests/Labels/dev-statements.jsonl (format in docs/labelling.md), one
release a line, every reported statement of that release (quotes in marks are not labelled).
The harness runs `pranalyze parse --format json` once over the labelled files of the rebuilt
development corpus and scores the `indirect` and `mixed` statements of `attributions`:

  content P/R/F1  a statement matches a label when the two contents share at least half of the
                  words of both spans (lower-cased words, with repeats); one to one, best first.
  speaker acc.    of the matched pairs, the share whose speaker is right: the resolved speaker
                  (else the source as written) shares half the words of the labelled speaker, or
                  its last word; a label without speaker needs a statement without one.
  attribution F1  F1 counting a pair only when content and speaker are both right.

Usage: python3 Benchmarks/accuracy/reported.py [--corpus DIR] [--labels FILE] [--pranalyze PATH]
       [--errors N]
`rows(args)` returns the per-source figures (and an `all` row) for other harnesses.
Python 3 standard library only.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from polnear_reported import WORD, f1, half_both  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LABELS = os.path.join(ROOT, "Tests/PressReleaseTests/Labels/dev-statements.jsonl")
KINDS = ("indirect", "mixed")


def load_labels(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def predictions(binary, corpus, labels):
    """Statements by label path, from one `pranalyze parse` run over the labelled files."""
    files = [os.path.join(corpus, rec["path"]) for rec in labels]
    missing = [f for f in files if not os.path.exists(f)]
    if missing:
        sys.exit(f"{len(missing)} labelled files missing (rebuild with dev/corpora/rebuild): {missing[0]}")
    out = subprocess.run([binary, "parse", *files, "--format", "json", "--quiet"], capture_output=True)
    if not out.stdout:
        sys.exit("pranalyze parse failed: " + out.stderr.decode()[:500])
    by_path = collections.defaultdict(list)
    for r in json.loads(out.stdout):
        rel = os.path.relpath(os.path.abspath(r["path"]), os.path.abspath(corpus))
        by_path[rel].extend(st for st in r["attributions"] if st["kind"] in KINDS)
    return by_path


def speaker_right(pred, label):
    gold = label.get("speaker")
    who = pred.get("speaker_name") or pred.get("source") or ""
    if not gold:
        return not who
    if not who:
        return False
    gw = [w.lower() for w in WORD.findall(gold)]
    pw = [w.lower() for w in WORD.findall(who)]
    return half_both(who, gold) >= 0.5 or (bool(gw) and bool(pw) and gw[-1] == pw[-1])


def score(labels, preds, corpus, errors=0):
    """Counts per source: [matched, extra, missed, speaker right]."""
    per = collections.defaultdict(lambda: [0, 0, 0, 0])
    shown = 0
    for rec in labels:
        data = open(os.path.join(corpus, rec["path"]), "rb").read()
        gold = [(g, data[g["start"]:g["stop"]].decode("utf-8", "replace")) for g in rec["statements"]]
        got = preds.get(rec["path"], [])
        pairs = sorted(((half_both(p["text"], text), gi, pi) for gi, (_, text) in enumerate(gold)
                        for pi, p in enumerate(got)), reverse=True)
        gused, pused = {}, set()
        for o, gi, pi in pairs:
            if o >= 0.5 and gi not in gused and pi not in pused:
                gused[gi] = pi
                pused.add(pi)
        c = per[rec["path"].split("/")[0]]
        for gi, (g, text) in enumerate(gold):
            if gi in gused:
                p = got[gused[gi]]
                ok = speaker_right(p, g)
                c[0] += 1
                c[3] += ok
                if not ok and shown < errors:
                    shown += 1
                    print(f"SPEAKER {rec['path']}: {g.get('speaker')!r} got {p.get('speaker_name') or p.get('source')!r}: {text[:70]!r}")
            else:
                c[2] += 1
                if shown < errors:
                    shown += 1
                    print(f"MISSED {rec['path']}: [{g.get('source')}] {text[:100]!r}")
        for pi, p in enumerate(got):
            if pi not in pused:
                c[1] += 1
                if shown < errors:
                    shown += 1
                    print(f"EXTRA {rec['path']}: {p['rule']} [{p.get('source')}] {p['text'][:100]!r}")
    return per


def figures(source, counts, n_labels):
    tp, fp, fn, spk = counts
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    ap = spk / (tp + fp) if tp + fp else 0.0
    ar = spk / (tp + fn) if tp + fn else 0.0
    return dict(source=source, content_p=p, content_r=r, content_f1=f1(p, r),
                speaker_acc=spk / tp if tp else 0.0, attribution_f1=f1(ap, ar), n_labels=n_labels)


def rows(args):
    """Per-source figures, sources in name order, then `all` over every label."""
    # Also called by score.py with its own namespace (bin, devcorpus): take what is there.
    corpus = getattr(args, "corpus", None) or getattr(args, "devcorpus", None) or "/work/devcorpus"
    binary = getattr(args, "pranalyze", None) or getattr(args, "bin", None) or os.path.join(ROOT, ".build/debug/pranalyze")
    labels = load_labels(getattr(args, "statement_labels", None) or LABELS)
    if getattr(args, "labels", None):
        labels = load_labels(args.labels)
    per = score(labels, predictions(binary, corpus, labels), corpus, getattr(args, "errors", 0))
    n = collections.Counter()
    for rec in labels:
        n[rec["path"].split("/")[0]] += len(rec["statements"])
    out = [figures(s, per[s], n[s]) for s in sorted(n)]
    total = [sum(per[s][i] for s in n) for i in range(4)]
    out.append(figures("all", total, sum(n.values())))
    return out


def parser():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=os.environ.get("PRANALYZE_DEV_CORPUS", "/work/devcorpus"))
    ap.add_argument("--labels", default=LABELS)
    ap.add_argument("--pranalyze", default=os.path.join(ROOT, ".build/debug/pranalyze"))
    ap.add_argument("--errors", type=int, default=0, help="print the first N errors")
    return ap


def main():
    print(f"{'source':18} {'labels':>6} {'P':>6} {'R':>6} {'F1':>6} {'speaker':>8} {'attr F1':>8}")
    for r in rows(parser().parse_args()):
        print(f"{r['source']:18} {r['n_labels']:6} {r['content_p']:6.3f} {r['content_r']:6.3f} "
              f"{r['content_f1']:6.3f} {r['speaker_acc']:8.3f} {r['attribution_f1']:8.3f}")


if __name__ == "__main__":
    main()
