#!/usr/bin/env python3
"""Body-extraction benchmark driver (run through run.sh).

Decompresses the benchmark pages into a temporary folder (so the timing is HTML reading, not
gunzip), runs pranalyze over them, optionally trafilatura, writes each extractor's bodies in the
layout the benchmark's own evaluate.py reads (output/NAME.json next to ground-truth.json) and runs
that scorer unchanged. Prints P/R/F1 and MB/s per extractor; --worst N lists the pages pranalyze
scores worst on (per-page F1 with the same shingle metric), for development.
"""
import argparse
import gzip
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load_pages(bench: Path, folder: Path) -> dict:
    """hash -> decompressed page path."""
    pages = {}
    for gz in sorted((bench / "html").glob("*.html.gz")):
        key = gz.name[: -len(".html.gz")]
        out = folder / f"{key}.html"
        out.write_bytes(gzip.decompress(gz.read_bytes()))
        pages[key] = out
    return pages


def run_pranalyze(binary: str, folder: Path, pages: dict) -> tuple:
    """(hash -> body, problems named on stderr)."""
    proc = subprocess.run([binary, str(HERE / "bodies.lua"), str(folder)],
                          capture_output=True, text=True)
    if proc.returncode not in (0, 3):
        sys.exit(f"pranalyze failed ({proc.returncode}): {proc.stderr[-2000:]}")
    bodies = {key: "" for key in pages}
    facts = {}
    for line in proc.stdout.splitlines():
        if not line.startswith("{"):
            continue
        row = json.loads(line)
        key = Path(row["path"]).name[: -len(".html")]
        if key in bodies and key not in facts:
            facts[key] = (row.get("date"), row.get("headline"))
        if key in bodies:
            bodies[key] = (bodies[key] + "\n\n" + row["text"]).strip() if bodies[key] else row["text"]
    problems = [l for l in proc.stderr.splitlines() if ": skipped:" in l]
    return bodies, problems, facts


def date_check(bench: Path, facts: dict):
    """Pages given a date and a headline; dates checked against the /YYYY/MM/DD/ of the page's URL
    where it has one (a loose check: a URL may carry the local date of a UTC timestamp)."""
    truth = json.loads((bench / "ground-truth.json").read_text())
    dated = sum(1 for d, _ in facts.values() if d)
    headed = sum(1 for _, h in facts.values() if h)
    in_url = agree = 0
    for key, gold in truth.items():
        m = re.search(r"/(20\d\d)/(\d\d)/(\d\d)/", gold.get("url", ""))
        if not m:
            continue
        in_url += 1
        if facts.get(key, (None, None))[0] == "-".join(m.groups()):
            agree += 1
    print(f"page metadata: a date on {dated} of {len(truth)} pages, a headline on {headed}; "
          f"the date equals the URL's on {agree} of {in_url} pages with a date in the URL")


def best_time(cmd: list, rounds: int = 3) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return min(times)


def run_trafilatura(pages: dict):
    try:
        import trafilatura  # benchmark tool only, never a pranalyze dependency
    except ImportError as e:
        print(f"trafilatura not run: {e} (pip install trafilatura lxml_html_clean)")
        return None, None, None
    bodies = {}
    start = time.perf_counter()
    for key, path in pages.items():
        bodies[key] = trafilatura.extract(path.read_text(encoding="utf-8", errors="replace")) or ""
    return bodies, time.perf_counter() - start, getattr(trafilatura, "__version__", "")


def score(bench: Path, work: Path, outputs: dict) -> dict:
    """Runs the benchmark's evaluate.py unchanged over output/NAME.json files."""
    (work / "output").mkdir()
    os.symlink((bench / "ground-truth.json").resolve(), work / "ground-truth.json")
    for name, (version, bodies) in outputs.items():
        payload = {"version": version, "output": {k: {"articleBody": v} for k, v in bodies.items()}}
        (work / "output" / f"{name}.json").write_text(json.dumps(payload))
    subprocess.run([sys.executable, str((bench / "evaluate.py").resolve()), "--output", "results.json"],
                   cwd=work, check=True, stdout=subprocess.DEVNULL)
    return json.loads((work / "results.json").read_text())


def worst_pages(bench: Path, bodies: dict, n: int):
    spec = importlib.util.spec_from_file_location("evaluate", bench / "evaluate.py")
    evaluate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(evaluate)
    truth = json.loads((bench / "ground-truth.json").read_text())
    rows = []
    for key, gold in truth.items():
        tp, fp, fn = evaluate.string_shingle_matching(true=gold.get("articleBody", ""), pred=bodies.get(key, ""))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        rows.append((2 * p * r / (p + r) if p + r else 0.0, p, r, key, gold.get("url", "")))
    rows.sort()
    print(f"\nworst {n} pages for pranalyze (F1 P R hash url):")
    for f1, p, r, key, url in rows[:n]:
        print(f"  {f1:.2f} {p:.2f} {r:.2f} {key[:12]} {url[:80]}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench", type=Path, required=True)
    ap.add_argument("--pranalyze", required=True)
    ap.add_argument("--worst", type=int, default=0)
    ap.add_argument("--no-trafilatura", action="store_true")
    ap.add_argument("--keep", type=Path, help="write the bodies here as NAME.json for inspection")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="pranalyze-extraction-"))
    try:
        folder = work / "pages"
        folder.mkdir()
        pages = load_pages(args.bench, folder)
        megabytes = sum(p.stat().st_size for p in pages.values()) / 1e6
        bodies, problems, facts = run_pranalyze(args.pranalyze, folder, pages)
        read_s = best_time([args.pranalyze, str(HERE / "read-only.lua"), str(folder)])
        body_s = best_time([args.pranalyze, str(HERE / "bodies.lua"), str(folder)])
        outputs = {"pranalyze": ("", bodies)}
        traf_s = None
        if not args.no_trafilatura:
            traf, traf_s, version = run_trafilatura(pages)
            if traf is not None:
                outputs["trafilatura"] = (version, traf)
        results = score(args.bench, work, outputs)
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for name, (_, b) in outputs.items():
                (args.keep / f"{name}.json").write_text(json.dumps(b, ensure_ascii=False, indent=1))

        print(f"{len(pages)} pages, {megabytes:.1f} MB of HTML; scored by the benchmark's evaluate.py (word 4-gram shingles)")
        print(f"{'extractor':<18} {'F1':>6} {'precision':>10} {'recall':>7} {'MB/s':>8}")
        for name, m in results.items():
            seconds = body_s if name == "pranalyze" else traf_s
            label = f"{name} {m.get('version', '')}".strip()
            print(f"{label:<18} {m['f1']:6.3f} {m['precision']:10.3f} {m['recall']:7.3f} {megabytes / seconds:8.1f}")
        print(f"pranalyze reading only (headline touched, body not parsed): {megabytes / read_s:.1f} MB/s "
              f"({read_s:.2f} s); reading and body parsing: {megabytes / body_s:.1f} MB/s ({body_s:.2f} s)")
        if traf_s:
            print(f"trafilatura (one Python process, extract() per page): {megabytes / traf_s:.1f} MB/s ({traf_s:.2f} s)")
        date_check(args.bench, facts)
        print(f"pages pranalyze skipped (named on stderr): {len(problems)}")
        for line in problems[:10]:
            print("  " + line)
        if args.worst:
            worst_pages(args.bench, bodies, args.worst)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
