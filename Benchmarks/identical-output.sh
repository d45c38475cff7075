#!/usr/bin/env bash
# Accuracy guard for speed work: the parsed model of the whole real corpus (`parse --format json`,
# which holds structure, quotes, speakers, people, entities and reported-speech attributions) and
# the quotes-per-speaker report must be byte-identical between a baseline binary and the current
# release build. Run after every optimisation.
# Usage: Benchmarks/identical-output.sh BASELINE_BINARY [CORPUS_DIR]
#   BASELINE_BINARY: a release binary built from the commit before the change
#   (e.g. `git stash; swift build -c release; cp .build/release/pranalyze /tmp/base`).
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:?usage: Benchmarks/identical-output.sh BASELINE_BINARY [CORPUS_DIR]}
corpus=${2:-../shared/corpus/real}
[ -x "$base" ] || { echo "not an executable: $base" >&2; exit 2; }
[ -d "$corpus" ] || { echo "no corpus directory: $corpus" >&2; exit 2; }

swift build -c release --product pranalyze >/dev/null || { swift build -c release --product pranalyze 2>&1 | grep -E "error" >&2; echo "release build failed" >&2; exit 2; }
current=.build/release/pranalyze
# A baseline binary copied elsewhere does not find the bundled scripts next to it: name them.
export PRANALYZE_PATH="$PWD/Scripts${PRANALYZE_PATH:+:$PRANALYZE_PATH}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

status=0
compare() { # $1 = label, rest = pranalyze arguments
  local label=$1; shift
  "$base" "$@" >"$work/base.out" 2>"$work/base.err" || true
  "$current" "$@" >"$work/current.out" 2>"$work/current.err" || true
  if cmp -s "$work/base.out" "$work/current.out" && cmp -s "$work/base.err" "$work/current.err"; then
    echo "identical: $label ($(wc -c <"$work/current.out") bytes)"
  else
    echo "DIFFERENT: $label" >&2
    diff "$work/base.out" "$work/current.out" | head -20 >&2 || true
    diff "$work/base.err" "$work/current.err" | head -5 >&2 || true
    status=1
  fi
}

compare "parse --format json" parse "$corpus" --format json
compare "quotes-per-speaker --jobs 1" Scripts/quotes-per-speaker/quotes-per-speaker.lua "$corpus" --jobs 1
compare "quotes-per-speaker --jobs 2 kinds=all" Scripts/quotes-per-speaker/quotes-per-speaker.lua "$corpus" --jobs 2 --arg kinds=all
exit $status
