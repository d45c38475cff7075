#!/bin/bash
# pranalyze on a Slurm cluster: one array task per corpus shard writes a partial, then one job
# merges them in corpus order. The same two commands as the Dask recipe (docs/scale-out.md).
#
#   N=16
#   jid=$(sbatch --parsable --array=0-$((N - 1)) slurm-array.sh shard SCRIPT CORPUS OUTDIR)
#   sbatch --dependency=afterok:$jid slurm-array.sh merge SCRIPT OUTDIR > /dev/null
#   # the report is OUTDIR/report.txt (add report options after OUTDIR: --format csv ...)
#
# SCRIPT must define partial() and merge(); CORPUS and OUTDIR must be on a shared file system.
# Set PRANALYZE to the binary when it is not on PATH (e.g. a module or a build directory).
#SBATCH --job-name=pranalyze
#SBATCH --cpus-per-task=2
#SBATCH --mem=1G
#SBATCH --time=02:00:00
#SBATCH --output=pranalyze-%A_%a.log
set -euo pipefail

pranalyze=${PRANALYZE:-pranalyze}
here=${SLURM_SUBMIT_DIR:-$(cd "$(dirname "$0")" && pwd)}
shards_py=${PRANALYZE_SHARDS_PY:-$here/pranalyze_shards.py}
mode=${1:?usage: slurm-array.sh shard SCRIPT CORPUS OUTDIR | merge SCRIPT OUTDIR [report options]}
shift

case $mode in
shard)
  script=$1 corpus=$2 outdir=$3
  shift 3
  task=${SLURM_ARRAY_TASK_ID:?run as an array job (sbatch --array=0-N)}
  count=${SLURM_ARRAY_TASK_COUNT:?run as an array job (sbatch --array=0-N)}
  mkdir -p "$outdir"
  inputs=()
  while IFS= read -r -d '' path; do inputs+=("$path"); done \
    < <(python3 "$shards_py" shard "$corpus" "$count" "$task")
  partial=$(printf '%s/%05d.partial' "$outdir" "$task")
  if [ ${#inputs[@]} -eq 0 ]; then
    echo "shard $task of $count: nothing to read (fewer corpus entries than shards)" >&2
    exit 0
  fi
  status=0
  "$pranalyze" "$script" "${inputs[@]}" --emit-partial "$partial" --jobs "${SLURM_CPUS_PER_TASK:-1}" "$@" \
    >/dev/null || status=$?
  # 3: some inputs were skipped (each named in the log); the partial is still complete.
  [ "$status" -eq 0 ] || [ "$status" -eq 3 ] || exit "$status"
  ;;
merge)
  script=$1 outdir=$2
  shift 2
  partials=("$outdir"/*.partial)
  [ -e "${partials[0]}" ] || { echo "no partials in $outdir" >&2; exit 2; }
  "$pranalyze" merge "$script" "${partials[@]}" "$@" >"$outdir/report.txt"
  ;;
*)
  echo "unknown mode '$mode' (shard or merge)" >&2
  exit 2
  ;;
esac
