#!/usr/bin/env bash
# Body-extraction benchmark over ../shared/bench/article-extraction (181 saved news and blog
# pages with hand-checked bodies): runs pranalyze over the pages, scores the bodies with the
# benchmark's own evaluate.py (word 4-gram shingles), and prints precision, recall and F1 beside
# trafilatura's in the same run (when `python3 -c 'import trafilatura'` works; it is a benchmark
# tool only: `pip install trafilatura`), plus HTML reading throughput in MB/s.
# Usage: Benchmarks/extraction/run.sh [--debug]   (PRANALYZE=path overrides the binary)
set -euo pipefail
cd "$(dirname "$0")/../.."
bench=${ARTICLE_BENCH:-../shared/bench/article-extraction}
if [ -z "${PRANALYZE:-}" ]; then
  if [ "${1:-}" = "--debug" ]; then
    swift build --product pranalyze >/dev/null
    PRANALYZE=.build/debug/pranalyze
  else
    swift build -c release --product pranalyze >/dev/null
    PRANALYZE=.build/release/pranalyze
  fi
fi
exec python3 Benchmarks/extraction/extraction.py --bench "$bench" --pranalyze "$PRANALYZE"
