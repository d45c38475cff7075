#!/usr/bin/env bash
# Before/after timing for one optimisation on a shared, noisy machine: runs `wc -w`, a baseline
# binary and the current release binary in turn, ROUNDS times, on the same corpus, and prints each
# run's median wall time as a multiple of wc -w's median (and the current/baseline ratio).
# Usage: Benchmarks/ab.sh BASELINE_BINARY [CORPUS_DIR] [ROUNDS] [JOBS]
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:?usage: Benchmarks/ab.sh BASELINE_BINARY [CORPUS_DIR] [ROUNDS] [JOBS]}
corpus=${2:-${BENCH_DIR:-/tmp/pranalyze-bench}/corpus-50M}
rounds=${3:-5}
jobs=${4:-$(nproc)}
[ -d "$corpus" ] || { echo "no corpus: $corpus (Benchmarks/run.sh builds it)" >&2; exit 2; }
swift build -c release --product pranalyze >/dev/null
current=.build/release/pranalyze
export PRANALYZE_PATH="$PWD/Scripts"
quotes=Scripts/quotes-per-speaker/quotes-per-speaker.lua
log=$(mktemp)
trap 'rm -f "$log"' EXIT

timed() { # LABEL CMD...: appends "LABEL seconds" to the log
  local label=$1; shift
  local t0 t1
  t0=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s.%N)
  echo "$label $(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')" >>"$log"
}
for _ in $(seq "$rounds"); do
  timed wc sh -c "find '$corpus' -name '*.txt' -print0 | xargs -0 cat | wc -w"
  timed base-count "$base" Benchmarks/count-releases.lua "$corpus" --jobs "$jobs"
  timed current-count "$current" Benchmarks/count-releases.lua "$corpus" --jobs "$jobs"
  timed base-quotes "$base" "$quotes" "$corpus" --jobs "$jobs"
  timed current-quotes "$current" "$quotes" "$corpus" --jobs "$jobs"
done
median() { grep "^$1 " "$log" | awk '{print $2}' | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
wc_m=$(median wc)
echo "corpus $corpus, $rounds rounds, --jobs $jobs, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-16s %9s %9s\n' run "median s" "x wc -w"
for l in wc base-count current-count base-quotes current-quotes; do
  m=$(median "$l"); printf '%-16s %9.2f %9.2f\n' "$l" "$m" "$(awk -v m="$m" -v w="$wc_m" 'BEGIN { print m / w }')"
done
for w in count quotes; do
  awk -v b="$(median base-$w)" -v c="$(median current-$w)" -v w="$w" 'BEGIN { printf "%s: current/baseline %.3f\n", w, c / b }'
done
