#!/usr/bin/env python3
"""Scale-out recipes give exactly a single run's report (run by ScaleOutTests and .ci/run).

1. Dask distributed: a LocalCluster of 2 worker processes, each task `pranalyze SCRIPT SHARD
   --emit-partial`, the client `pranalyze merge` (skipped with a message when dask.distributed
   cannot be imported: pip install 'dask[distributed]').
2. The Slurm template, its array tasks and merge job emulated one after another with the
   variables Slurm sets.
Usage: scale_out_test.py [--only dask|slurm] PRANALYZE_BINARY CORPUS [SCRIPT...]; exit 0 when
every check that ran passed.
"""
import os
import subprocess
import sys
import tempfile

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
recipes = os.path.join(root, "docs", "scale-out")
sys.path.insert(0, recipes)
import pranalyze_shards  # noqa: E402

def main():
    argv = sys.argv[1:]
    only = None
    if argv[:1] == ["--only"]:
        only, argv = argv[1], argv[2:]
    binary, corpus = os.path.abspath(argv[0]), argv[1]
    scripts = argv[2:] or [os.path.join(root, "Scripts", s, s + ".lua") for s in ("quotes-per-speaker", "cue-verbs")]
    env = dict(os.environ, PRANALYZE=binary)
    failures = []

    def single(script):
        return subprocess.run([binary, script, corpus, "--jobs", "1"], capture_output=True, env=env, check=False).stdout.decode()

    def check(label, got, want):
        if got == want and want.strip():
            print(f"identical: {label} ({len(want.splitlines())} lines)")
        else:
            failures.append(label)
            print(f"DIFFERENT: {label}\n--- single run ---\n{want[:1500]}\n--- scaled out ---\n{got[:1500]}")

    expected = {s: single(s) for s in scripts}

    try:
        if only == "slurm":
            raise ImportError("not asked for (--only slurm)")
        from dask.distributed import Client, LocalCluster
    except ImportError as e:
        print(f"skipped: Dask test (dask.distributed cannot be imported: {e}; pip install 'dask[distributed]')")
    else:
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            workers = len(client.scheduler_info()["workers"])
            for s in scripts:
                check(f"dask, {workers} worker processes, 4 shards: {os.path.basename(s)}",
                      pranalyze_shards.run(client, binary, s, corpus, 4), expected[s])

    template = os.path.join(recipes, "slurm-array.sh")
    subprocess.run(["bash", "-n", template], check=True)
    for s in scripts if only != "dask" else []:
        with tempfile.TemporaryDirectory() as out:
            tasks = 3
            for k in range(tasks):
                task_env = dict(env, SLURM_ARRAY_TASK_ID=str(k), SLURM_ARRAY_TASK_COUNT=str(tasks), SLURM_CPUS_PER_TASK="1")
                subprocess.run(["bash", template, "shard", s, corpus, out], env=task_env, check=True,
                               stderr=subprocess.DEVNULL)
            subprocess.run(["bash", template, "merge", s, out], env=env, check=True)
            with open(os.path.join(out, "report.txt")) as f:
                check(f"slurm template, {tasks} array tasks: {os.path.basename(s)}", f.read(), expected[s])

    sys.exit(1 if failures else 0)


# Dask starts worker processes by spawning, which imports this file again: run only as a script.
if __name__ == "__main__":
    main()
