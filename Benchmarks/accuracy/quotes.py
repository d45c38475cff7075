#!/usr/bin/env python3
"""Quote precision, recall, F1 and speaker accuracy per source, on the blind dev-corpus quote labels.

Usage: Benchmarks/accuracy/quotes.py [--labels FILE] [--corpus DIR] [--bin PRANALYZE] [--misses]
Defaults: Tests/PressReleaseTests/Labels/dev-quotes.jsonl, $PRANALYZE_DEV_CORPUS or /work/devcorpus,
.build/release/pranalyze (else .build/debug). Scoring follows the test suite's QuoteScorer: a labelled
quote is matched by the unused predicted quote covering most of its words, and counts when that covers
at least half of them; every predicted quote except terms (`kind = "term"`) counts for precision; a
matched quote's speaker is right when the surnames agree, or when both are nobody.
`rows(args)` gives the per-source figures to the umbrella harness (score.py).
"""
import argparse, json, os, re, subprocess, sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LABELS = os.path.join(ROOT, "Tests/PressReleaseTests/Labels/dev-quotes.jsonl")
NEWS = ("polnear-news", "reuters-news", "wire-datelines", "cnn-datelines", "bbc-news")  # news-style sources, judged on their own targets


from calibration import surname, words as word_spans  # one matching rule for both harnesses


def binary(args):
    explicit = getattr(args, "bin", None)
    if explicit:
        return explicit
    for p in (".build/release/pranalyze", ".build/debug/pranalyze"):
        if os.path.exists(os.path.join(ROOT, p)):
            return os.path.join(ROOT, p)
    sys.exit("quotes.py: no built pranalyze (run swift build)")


def parse(bin_path, paths):
    """The quotes of each file (one JSON Lines row per quote), by normalised path; one run for all files."""
    out = subprocess.run([bin_path, "parse", *paths, "--format", "jsonl"], capture_output=True, check=False)
    if out.returncode not in (0, 3):
        sys.exit(f"quotes.py: pranalyze parse failed ({out.returncode}): {out.stderr.decode()[:500]}")
    docs = {os.path.normpath(p): [] for p in paths}
    for line in out.stdout.splitlines():
        if line.strip():
            q = json.loads(line)
            docs.setdefault(os.path.normpath(q["file"]), []).append(q)
    return docs


def score_release(label, quotes, b, misses):
    """(predicted, labelled, matched, speaker_right) for one release; misses collects differences."""
    predicted = [q for q in quotes if q["kind"] != "term"]
    used, matched, right = set(), 0, 0
    for span in label["quotes"]:
        ws = word_spans(b, span["start"], span["stop"])
        best, cover = None, 0
        for i, q in enumerate(predicted):
            if i in used:
                continue
            c = sum(1 for w in ws if q["start"] <= (w[0] + w[1]) // 2 < q["stop"])
            if c > cover:
                best, cover = i, c
        excerpt = b[span["start"]:span["start"] + 50].decode("utf-8", "replace").replace("\n", " ")
        if best is None or cover * 2 < len(ws):
            misses.append(f"MISS  {label['path']} @{span['start']} “{excerpt}…”")
            continue
        used.add(best)
        matched += 1
        q = predicted[best]
        got = q.get("speaker")
        want = span.get("speaker")
        if (want is None and got is None) or (want is not None and surname(want) == surname(got)):
            right += 1
        else:
            misses.append(f"WHO   {label['path']} @{span['start']} want {want or 'nobody'} got {got or 'nobody'}"
                          f" ({q.get('mention') or '-'}, {q.get('rule') or '-'}) “{excerpt}…”")
    for i, q in enumerate(predicted):
        if i not in used:
            misses.append(f"EXTRA {label['path']} @{q['start']} [{q['kind']}] “{q['text'][:50]}…”")
    return len(predicted), len(label["quotes"]), matched, right


def figures(p, l, m, r):
    prec = m / p if p else 1.0
    rec = m / l if l else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1, (r / m if m else 1.0)


def rows(args, misses=None):
    """Per-source rows: source, quotes_p, quotes_r, quotes_f1, speaker_acc, n_labels (and n_matched)."""
    labels_path = getattr(args, "quote_labels", None) or getattr(args, "labels", None) or LABELS
    corpus = getattr(args, "corpus", None) or os.environ.get("PRANALYZE_DEV_CORPUS", "/work/devcorpus")
    labels = [json.loads(l) for l in open(labels_path, encoding="utf-8") if l.strip()]
    absent = sorted({r["path"].split("/")[0] for r in labels if not os.path.isdir(os.path.join(corpus, r["path"].split("/")[0]))})
    if absent:  # a corpus built before these sources were added: skip them, say so
        print(f"note: {corpus} has no folder for {', '.join(absent)}: their labels are skipped", file=sys.stderr)
        labels = [r for r in labels if r["path"].split("/")[0] not in absent]
    paths = [os.path.normpath(os.path.join(corpus, r["path"])) for r in labels]
    docs = parse(binary(args), sorted(set(paths)))
    tallies = defaultdict(lambda: [0, 0, 0, 0])
    misses = misses if misses is not None else []
    for label, path in zip(labels, paths):
        source = label["path"].split("/")[0]
        if path not in docs:
            misses.append(f"UNPARSED {label['path']}")
            tallies[source][1] += len(label["quotes"])
            continue
        b = open(path, "rb").read()
        for k, v in enumerate(score_release(label, docs[path], b, misses)):
            tallies[source][k] += v
    out = []
    for source in sorted(tallies):
        p, l, m, r = tallies[source]
        prec, rec, f1, acc = figures(p, l, m, r)
        out.append(dict(source=source, quotes_p=prec, quotes_r=rec, quotes_f1=f1, speaker_acc=acc,
                        n_labels=l, n_matched=m, n_predicted=p, n_right=r))
    return out


def pooled(rs, name):
    p, l, m, r = (sum(x[k] for x in rs) for k in ("n_predicted", "n_labels", "n_matched", "n_right"))
    prec, rec, f1, acc = figures(p, l, m, r)
    return dict(source=name, quotes_p=prec, quotes_r=rec, quotes_f1=f1, speaker_acc=acc, n_labels=l)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labels", default=LABELS)
    ap.add_argument("--corpus", default=None)
    ap.add_argument("--bin", default=None)
    ap.add_argument("--misses", action="store_true", help="list every miss, wrong speaker and extra quote")
    args = ap.parse_args()
    misses = []
    rs = rows(args, misses)
    releases = [x for x in rs if x["source"] not in NEWS]
    news = [x for x in rs if x["source"] in NEWS]
    print(f"{'source':20s} {'labels':>6s} {'P':>6s} {'R':>6s} {'F1':>6s} {'speaker':>8s}")
    for x in rs + [pooled(releases, "(release sources)"), pooled(news, "(news)"), pooled(rs, "(all)")]:
        print(f"{x['source']:20s} {x['n_labels']:6d} {x['quotes_p']:6.3f} {x['quotes_r']:6.3f}"
              f" {x['quotes_f1']:6.3f} {x['speaker_acc']:8.3f}")
    if args.misses:
        print()
        print("\n".join(misses))


if __name__ == "__main__":
    main()
