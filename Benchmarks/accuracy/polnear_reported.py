#!/usr/bin/env python3
"""Reported-speech accuracy of pranalyze on PolNeAR (train and dev splits only).

PolNeAR (networkdynamics/PolNeAR) annotates attributions in 2016 US election news in brat
standoff: `Source`, `Cue` and `Content` spans joined by an `Attribution` event. This harness
writes each article's text to a temporary directory, runs `pranalyze parse --format json` once
over all of them, and scores `attributions` against the gold relations:

  content P/R/F1  a predicted content matches a gold one when the two share at least half of the
                  words of both spans (lower-cased words, counted with repeats); pairs are matched
                  one to one, best overlap first.
  speaker acc.    of the matched pairs, the share whose source is right: the predicted source
                  words share half of the words of the gold source (or its head word), or the
                  resolved speaker's surname is in the gold source.
  attribution F1  F1 counting a pair only when content and speaker are both right.

`--scope unquoted` (the default, as the issue is judged) keeps gold attributions whose content
has no quotation mark and scores our `indirect` statements; a prediction matching an excluded
(quoted) gold attribution counts neither way. `--scope all` scores every gold attribution
against every statement. `--scope quoted` keeps the gold attributions whose content has a quotation
mark and scores our direct and partial quotes (`quotes`, terms excluded) against them, the quote's
mention and resolved speaker standing for the source: news-style speaker development data for
quoted attributions. Articles annotated twice use their first annotation file.

Baseline (described in the issue, not run here since it needs spaCy's English model): a
dependency rule taking a reporting verb with a clausal complement (`ccomp`) and its subject
(`nsubj`) scores content F1 0.30, speaker accuracy 0.93, attribution F1 0.26 on the held-out set.

Usage: python3 Benchmarks/accuracy/polnear_reported.py --repo GIT_DIR [--split dev] [--pranalyze PATH]
       [--scope unquoted|all] [--per-source] [--errors N]
Python 3 standard library only.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

COMMIT = "c3eee83"
WORD = re.compile(r"\w+", re.UNICODE)
QUOTES = set("\"“”«»„")


def has_quote(s):
    """Quotation marks, typewriter doubles ('' and ``, as NYT copy writes them) included."""
    return any(ch in QUOTES for ch in s) or "''" in s or "``" in s


def git(repo, *args):
    return subprocess.run(["git", "--git-dir", repo, *args], check=True, capture_output=True).stdout


def load_split(repo, split):
    """(name, text, [gold]) per article; gold = dict(content, cstart, cstop, source, sstart, sstop)."""
    if split not in ("train", "dev"):
        sys.exit("only the train and dev splits may be used")
    names = git(repo, "ls-tree", "-r", "--name-only", COMMIT, f"data/{split}").decode().split("\n")
    texts = sorted(n for n in names if n.startswith(f"data/{split}/text/") and n.endswith(".txt"))
    anns = sorted(n for n in names if n.startswith(f"data/{split}/attributions/") and n.endswith(".ann"))
    out = []
    for t in texts:
        stem = os.path.basename(t)[:-4]
        ann = next((a for a in anns if os.path.basename(a).startswith(stem + "_")), None)
        if ann is None:
            continue
        text = git(repo, "show", f"{COMMIT}:{t}").decode("utf-8")
        out.append((stem, text, parse_ann(git(repo, "show", f"{COMMIT}:{ann}").decode("utf-8"))))
    return out


def parse_ann(ann):
    spans, events = {}, []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            kind, *rest = parts[1].split(" ")
            pieces = " ".join(rest).split(";")  # discontinuous spans: "a b;c d"
            ranges = [tuple(map(int, p.split())) for p in pieces]
            spans[parts[0]] = (kind, ranges, parts[2])
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(a.split(":", 1) for a in parts[1].split(" ") if ":" in a))
    gold = []
    for e in events:
        c = spans.get(e.get("Content"))
        if not c:
            continue
        s = spans.get(e.get("Source"))
        gold.append({"content": c[2], "cstart": c[1][0][0], "cstop": c[1][-1][1],
                     "source": s[2] if s else "", "quoted": has_quote(c[2])})
    return gold


def words(s):
    return collections.Counter(w.lower() for w in WORD.findall(s))


def half_both(a, b):
    wa, wb = words(a), words(b)
    na, nb = sum(wa.values()), sum(wb.values())
    if na == 0 or nb == 0:
        return 0.0
    shared = sum((wa & wb).values())
    return min(shared / na, shared / nb)


def speaker_right(pred, gold):
    g = gold["source"]
    if not g:
        return not pred.get("source")
    src = pred.get("source") or ""
    if src and half_both(src, g) >= 0.5:
        return True
    gw = [w.lower() for w in WORD.findall(g)]
    sw = [w.lower() for w in WORD.findall(src)]
    if gw and sw and gw[-1] == sw[-1]:
        return True
    name = pred.get("speaker_name") or ""
    nw = [w.lower() for w in WORD.findall(name)]
    return bool(nw) and nw[-1] in gw


def run_pranalyze(binary, articles):
    with tempfile.TemporaryDirectory() as d:
        for name, text, _ in articles:
            with open(os.path.join(d, name + ".txt"), "w", encoding="utf-8") as f:
                f.write(text)
        out = subprocess.run([binary, "parse", d, "--format", "json", "--quiet"], capture_output=True)
        if not out.stdout:
            sys.exit("pranalyze parse failed: " + out.stderr.decode()[:500])
        releases = json.loads(out.stdout)
    by_name = collections.defaultdict(list)
    for r in releases:
        name = os.path.basename(r["path"])[:-4]
        by_name[name].extend(r["attributions"])
        for q in r.get("quotes", []):
            if q["kind"] == "term":
                continue
            who = r["people"][q["speaker"]]["name"] if q.get("speaker") is not None else None
            by_name[name].append({"kind": "quote", "text": q["text"], "source": q.get("mention"),
                                  "speaker_name": who, "rule": q.get("rule")})
    return by_name


def score(articles, predictions, scope, errors):
    tp = fp = fn = spk = both = 0
    per = collections.defaultdict(lambda: [0, 0, 0, 0])
    shown = 0
    for name, text, gold in articles:
        preds = predictions.get(name, [])
        if scope == "unquoted":
            preds = [p for p in preds if p["kind"] == "indirect"]
        elif scope == "quoted":
            preds = [p for p in preds if p["kind"] == "quote"]
        else:
            preds = [p for p in preds if p["kind"] != "quote"]
        pairs = []
        for gi, g in enumerate(gold):
            for pi, p in enumerate(preds):
                o = half_both(p["text"], g["content"])
                if o >= 0.5:
                    pairs.append((o, gi, pi))
        pairs.sort(reverse=True)
        gused, pused = {}, {}
        for o, gi, pi in pairs:
            if gi in gused or pi in pused:
                continue
            gused[gi], pused[pi] = pi, gi
        source = name.split("_")[0]
        for gi, g in enumerate(gold):
            counted = scope == "all" or g["quoted"] == (scope == "quoted")
            if gi in gused:
                if not counted:
                    continue
                tp += 1
                per[source][0] += 1
                p = preds[gused[gi]]
                ok = speaker_right(p, g)
                spk += ok
                both += ok
                per[source][3] += ok
                if not ok and shown < errors:
                    shown += 1
                    print(f"SPEAKER {name}: gold {g['source']!r} got {p.get('source')!r}/{p.get('speaker_name')!r}: {g['content'][:70]!r}")
            elif counted:
                fn += 1
                per[source][2] += 1
                if shown < errors:
                    shown += 1
                    print(f"MISSED {name}: [{g['source']}] {g['content'][:100]!r}")
        for pi, p in enumerate(preds):
            if pi not in pused:
                fp += 1
                per[source][1] += 1
                if shown < errors:
                    shown += 1
                    print(f"EXTRA {name}: {p['rule']} [{p.get('source')}] {p['text'][:100]!r}")
    return tp, fp, fn, spk, both, per


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repo", default="/work/.mirror/networkdynamics+PolNeAR/repo", help="PolNeAR git directory")
    ap.add_argument("--split", default="dev", choices=["train", "dev"])
    ap.add_argument("--pranalyze", default=".build/release/pranalyze")
    ap.add_argument("--scope", default="unquoted", choices=["unquoted", "quoted", "all"])
    ap.add_argument("--per-source", action="store_true")
    ap.add_argument("--errors", type=int, default=0, help="print the first N errors")
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    a = ap.parse_args()
    articles = load_split(a.repo, a.split)
    if a.limit:
        articles = articles[: a.limit]
    preds = run_pranalyze(a.pranalyze, articles)
    tp, fp, fn, spk, both, per = score(articles, preds, a.scope, a.errors)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    ap_ = both / (tp + fp) if tp + fp else 0.0
    ar = both / (tp + fn) if tp + fn else 0.0
    gold = tp + fn
    print(f"PolNeAR {a.split} ({len(articles)} articles, {gold} gold {a.scope} attributions, scope {a.scope})")
    print(f"content    P {p:.3f}  R {r:.3f}  F1 {f1(p, r):.3f}")
    print(f"speaker    accuracy {spk / tp if tp else 0:.3f}  ({spk}/{tp} matched)")
    print(f"attribution F1 {f1(ap_, ar):.3f}   (baseline on the held-out set: 0.30 / 0.93 / 0.26)")
    if a.per_source:
        for s, (t, f, n, k) in sorted(per.items()):
            pp = t / (t + f) if t + f else 0
            rr = t / (t + n) if t + n else 0
            print(f"  {s:14} P {pp:.3f} R {rr:.3f} F1 {f1(pp, rr):.3f} speaker {k / t if t else 0:.3f}")


if __name__ == "__main__":
    main()
