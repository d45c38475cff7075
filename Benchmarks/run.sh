#!/usr/bin/env bash
# Corpus-scale benchmark: builds the release binary, replicates ../shared/corpus/real to ~50 MB and
# ~200 MB corpora (generated under $BENCH_DIR, never committed), and prints for the same files:
# wc -w, pranalyze counting releases, a script reading headlines only (quote attribution stays
# lazy, never computed), the quotes-per-speaker report (--jobs N and --jobs 1), a Python regex
# baseline; each with MB/s, time as a ratio to wc -w, and peak RSS.
# Usage: Benchmarks/run.sh [SIZE_MB]   (default 200)
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:-200}
bench=${BENCH_DIR:-/tmp/pranalyze-bench}
real=../shared/corpus/real
jobs=$(nproc)

swift build -c release --product pranalyze >/dev/null
bin=.build/release/pranalyze

make_corpus() { # $1 = target MB
  local dir="$bench/corpus-$1M"
  if [ ! -f "$dir/.done" ]; then
    rm -rf "$dir"; mkdir -p "$dir"
    local per_copy copies
    per_copy=$(find "$real" -name '*.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
    copies=$(( ($1 * 1000000 + per_copy - 1) / per_copy ))
    for i in $(seq 1 "$copies"); do
      mkdir -p "$dir/copy$i"
      for d in "$real"/*/; do cp -r "$d" "$dir/copy$i/"; done
      find "$dir/copy$i" -name 'index.jsonl' -delete
    done
    touch "$dir/.done"
  fi
  echo "$dir"
}

# measure LABEL CMD...: wall seconds and peak RSS (KB) of one run, after a warm-up.
measure() {
  local label=$1; shift
  "$@" >/dev/null 2>&1 || true
  local stats
  stats=$(mktemp)
  /usr/bin/time -o "$stats" -f '%e %M' "$@" >/dev/null 2>/dev/null || true
  echo "$label $(tail -1 "$stats")"
  rm -f "$stats"
}

quotes_script=Scripts/quotes-per-speaker/quotes-per-speaker.lua
[ -f "$quotes_script" ] || quotes_script=""

run_suite() { # $1 = corpus dir
  local dir=$1 bytes
  bytes=$(find "$dir" -name '*.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
  echo "corpus: $dir  ($(( bytes / 1000000 )) MB, $(find "$dir" -name '*.txt' | wc -l) files)"
  local results=()
  results+=("$(measure "wc-w" sh -c "find '$dir' -name '*.txt' -print0 | xargs -0 cat | wc -w")")
  results+=("$(measure "pranalyze-count(jobs=$jobs)" "$bin" Benchmarks/count-releases.lua "$dir" --jobs "$jobs")")
  results+=("$(measure "headlines-only(jobs=$jobs)" "$bin" Benchmarks/headlines.lua "$dir" --jobs "$jobs")")
  if [ -n "$quotes_script" ]; then
    results+=("$(measure "quotes-per-speaker(jobs=$jobs)" "$bin" "$quotes_script" "$dir" --jobs "$jobs")")
    results+=("$(measure "quotes-per-speaker(jobs=1)" "$bin" "$quotes_script" "$dir" --jobs 1)")
  fi
  results+=("$(measure "python-regex-baseline" python3 Benchmarks/baseline_quotes.py "$dir")")
  local wc_time
  wc_time=$(echo "${results[0]}" | awk '{print $2}')
  printf '%-32s %8s %9s %10s %10s\n' "run" "seconds" "MB/s" "x wc -w" "peak RSS"
  for r in "${results[@]}"; do
    set -- $r
    awk -v l="$1" -v t="$2" -v k="$3" -v b="$bytes" -v w="$wc_time" 'BEGIN {
      t = (t < 0.01 ? 0.01 : t); w = (w < 0.01 ? 0.01 : w)
      printf "%-32s %8.2f %9.1f %10.2f %8.1f MB\n", l, t, b / 1e6 / t, t / w, k / 1024 }'
  done
}

small=$(make_corpus 50)
large=$(make_corpus "$size_mb")
run_suite "$small"
echo
run_suite "$large"
echo
echo "start-up: pranalyze -e '' (10 runs)"
start=$(date +%s.%N); for _ in $(seq 10); do "$bin" -e '' >/dev/null; done; end=$(date +%s.%N)
awk -v s="$start" -v e="$end" 'BEGIN { printf "  %.1f ms per run\n", (e - s) * 100 }'
