#!/usr/bin/env bash
# Corpus-scale benchmark: builds the release binary, replicates ../shared/corpus/real to ~50 MB and
# ~200 MB corpora (generated under $BENCH_DIR, never committed), and prints for the same files:
# wc -w, pranalyze counting releases, a script reading headlines only (quote attribution stays
# lazy, never computed), the quotes-per-speaker report (--jobs N and --jobs 1), the same report
# over reported speech too (kinds=all, which reads r.attributions), a Python regex baseline; each
# with MB/s, time as a ratio to wc -w, MB/s per core (bytes over user+system CPU seconds) and peak
# RSS; then --jobs scaling, the ratio to the Python baseline, and start-up time.
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

# measure LABEL CMD...: wall seconds, peak RSS (KB) and CPU seconds (user, system) of one run,
# after a warm-up.
measure() {
  local label=$1; shift
  "$@" >/dev/null 2>&1 || true
  local stats
  stats=$(mktemp)
  /usr/bin/time -o "$stats" -f '%e %M %U %S' "$@" >/dev/null 2>/dev/null || true
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
    results+=("$(measure "quotes+reported(kinds=all,jobs=$jobs)" "$bin" "$quotes_script" "$dir" --jobs "$jobs" --arg kinds=all)")
  fi
  results+=("$(measure "python-regex-baseline" python3 Benchmarks/baseline_quotes.py "$dir")")
  local wc_time
  wc_time=$(echo "${results[0]}" | awk '{print $2}')
  printf '%-38s %8s %9s %10s %12s %10s\n' "run" "seconds" "MB/s" "x wc -w" "MB/s/core" "peak RSS"
  for r in "${results[@]}"; do
    set -- $r
    awk -v l="$1" -v t="$2" -v k="$3" -v c="$(awk -v u="$4" -v s="$5" 'BEGIN { print u + s }')" \
        -v b="$bytes" -v w="$wc_time" 'BEGIN {
      t = (t < 0.01 ? 0.01 : t); w = (w < 0.01 ? 0.01 : w); c = (c < 0.01 ? 0.01 : c)
      printf "%-38s %8.2f %9.1f %10.2f %12.1f %8.1f MB\n", l, t, b / 1e6 / t, t / w, b / 1e6 / c, k / 1024 }'
  done
  wall() { printf '%s\n' "${results[@]}" | awk -v l="$1" '$1 == l { print $2 }'; }
  if [ -n "$quotes_script" ]; then
    awk -v n="$(wall "quotes-per-speaker(jobs=1)")" -v j="$(wall "quotes-per-speaker(jobs=$jobs)")" \
        -v p="$(wall python-regex-baseline)" -v jobs="$jobs" 'BEGIN {
      printf "--jobs 1 / --jobs %d on the quotes report: %.2fx faster\n", jobs, n / (j < 0.01 ? 0.01 : j)
      printf "quotes report (--jobs %d) vs the Python regex baseline: %.2f of its time\n", jobs, j / (p < 0.01 ? 0.01 : p) }'
  fi
  echo "(MB/s/core: parse alone = pranalyze-count, parse + attribution = quotes-per-speaker(jobs=1))"
}

small=$(make_corpus 50)
large=$(make_corpus "$size_mb")
run_suite "$small"
echo
run_suite "$large"
echo
echo "start-up: pranalyze -e '' (median of 21 runs; /bin/true beside it)"
startup() { # CMD...: median wall milliseconds of 21 runs
  for _ in $(seq 21); do
    local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s%N)
    echo $(( (t1 - t0) / 1000 ))
  done | sort -n | sed -n 11p | awk '{ printf "%.1f", $1 / 1000 }'
}
echo "  pranalyze $(startup "$bin" -e '') ms, /bin/true $(startup /bin/true) ms"
