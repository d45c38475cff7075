#!/usr/bin/env python3
"""Run a pranalyze report over a corpus sharded on a Dask cluster (see docs/scale-out.md).

Each Dask task runs `pranalyze SCRIPT SHARD... --emit-partial FILE` on one contiguous block of the
corpus and returns the partial's bytes; the client writes them in corpus order and runs
`pranalyze merge SCRIPT 0.partial 1.partial ...`. The script must define `partial` and `merge`.

    python3 pranalyze_shards.py run SCRIPT CORPUS [--workers 2] [--shards 8] [--scheduler ADDR]
    python3 pranalyze_shards.py shard CORPUS SHARDS INDEX   # the inputs of one shard, NUL-separated

Shards are built from the corpus's own entries, in the order pranalyze walks them (names sorted,
a directory's name sorting as `name/`, hidden entries skipped), split by bytes. Every entry is
passed as a glob pattern, so pranalyze applies the same file filters as in a directory walk.
Only `run` needs dask; `shard` is also what the Slurm template calls.
"""
import argparse
import os
import subprocess
import sys
import tempfile


def _key(root, name):
    return name + "/" if os.path.isdir(os.path.join(root, name)) and not os.path.islink(os.path.join(root, name)) else name


def _entries(directory):
    names = [n for n in os.listdir(directory) if not n.startswith(".")]
    names.sort(key=lambda n: _key(directory, n).encode())
    return [os.path.join(directory, n) for n in names]


def _size(path):
    if os.path.isfile(path):
        return os.path.getsize(path)
    total = 0
    for root, _, files in os.walk(path):
        total += sum(os.path.getsize(os.path.join(root, f)) for f in files if os.path.isfile(os.path.join(root, f)))
    return total


def _is_dir(path):
    return os.path.isdir(path) and not os.path.islink(path)


def units(corpus, shards):
    """Corpus entries in walk order; directories opened in place until there are enough to split."""
    found = _entries(corpus)
    while len(found) < shards * 4 and any(_is_dir(p) for p in found):
        opened = []
        for p in found:
            opened.extend(_entries(p) if _is_dir(p) else [p])
        found = opened
    return found


def split(corpus, shards):
    """`shards` contiguous blocks of units with about equal bytes (none empty)."""
    items = [(p, _size(p)) for p in units(corpus, shards)]
    shards = max(1, min(shards, len(items)))
    total = sum(s for _, s in items) or 1
    blocks, current, done = [], [], 0
    for i, (path, size) in enumerate(items):
        current.append(path)
        done += size
        left_items, left_blocks = len(items) - i - 1, shards - len(blocks) - 1
        if left_blocks > 0 and (done >= total * (len(blocks) + 1) / shards or left_items == left_blocks):
            blocks.append(current)
            current = []
    blocks.append(current)
    return [b for b in blocks if b]


def glob_literal(path):
    """`path` as a glob pattern matching only itself (pranalyze then filters it like a walked file)."""
    head, name = os.path.split(path)
    escaped = "".join("[" + c + "]" if c in "*?[" else c for c in name)
    if not any(c in name for c in "*?["):
        escaped = "[" + name[0] + "]" + name[1:]
    return os.path.join(head, escaped)


def run_shard(binary, script, inputs, args):
    """On a worker: the partial of one shard, as bytes."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "shard.partial")
        cmd = [binary, script, *[glob_literal(p) for p in inputs], "--emit-partial", out, *args]
        done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if done.returncode not in (0, 3):  # 3: some inputs skipped (named on stderr), still a result
            raise RuntimeError(f"{' '.join(cmd[:2])} failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
        with open(out, "rb") as f:
            return f.read()


def run(client, binary, script, corpus, shards, args=(), merge_args=()):
    """Submit one task per shard, merge the partials in corpus order; returns merge's stdout."""
    blocks = split(corpus, shards)
    futures = [client.submit(run_shard, binary, script, b, list(args), pure=False) for b in blocks]
    partials = client.gather(futures)
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i, data in enumerate(partials):
            files.append(os.path.join(tmp, f"{i:05d}.partial"))
            with open(files[-1], "wb") as f:
                f.write(data)
        done = subprocess.run([binary, "merge", script, *files, *merge_args], capture_output=True, check=True)
        return done.stdout.decode()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run")
    r.add_argument("script")
    r.add_argument("corpus")
    r.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes")
    r.add_argument("--shards", type=int, default=0, help="shards (default: 4 per worker)")
    r.add_argument("--scheduler", help="address of a running Dask scheduler instead of a LocalCluster")
    r.add_argument("--binary", default=os.environ.get("PRANALYZE", "pranalyze"))
    r.add_argument("--arg", action="append", default=[], help="passed on as pranalyze --arg")
    s = sub.add_parser("shard")
    s.add_argument("corpus")
    s.add_argument("shards", type=int)
    s.add_argument("index", type=int)
    a = ap.parse_args()
    if a.command == "shard":
        blocks = split(a.corpus, a.shards)
        if a.index < len(blocks):
            sys.stdout.write("".join(glob_literal(p) + "\0" for p in blocks[a.index]))
        return
    from dask.distributed import Client, LocalCluster
    extra = [x for v in a.arg for x in ("--arg", v)]
    if a.scheduler:
        client = Client(a.scheduler)
    else:
        client = Client(LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True))
    with client:
        sys.stdout.write(run(client, a.binary, a.script, a.corpus, a.shards or 4 * a.workers, extra, extra))


if __name__ == "__main__":
    main()
