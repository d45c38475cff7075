#!/usr/bin/env python3
"""The fixed, seeded sample of dev-corpus releases chosen for structure labelling.

Chosen by a hash of SEED and the file name, never by looking at parser output, so the sample is the
same on every rebuild. `--show` prints each file's head and foot (raw text, no parser) for labelling.
Usage: Benchmarks/accuracy/sample.py [--per N] [--source S] [--show]
"""
import hashlib, os, re, sys

CORPUS = os.environ.get("PRANALYZE_DEV_CORPUS", "/work/devcorpus")
SEED = "structure-2026-12"


def sample(per=15, corpus=CORPUS):
    out = []
    for source in sorted(os.listdir(corpus)):
        folder = os.path.join(corpus, source)
        if not os.path.isdir(folder):
            continue
        names = sorted(os.listdir(folder), key=lambda n: hashlib.sha1((SEED + n).encode()).hexdigest())
        out += [f"{source}/{n}" for n in names[:per]]
    return out


def main(argv):
    per = int(argv[argv.index("--per") + 1]) if "--per" in argv else 15
    only = argv[argv.index("--source") + 1] if "--source" in argv else None
    for path in sample(per):
        if only and not path.startswith(only + "/"):
            continue
        if "--show" not in argv:
            print(path)
            continue
        text = open(os.path.join(CORPUS, path), encoding="utf-8", errors="replace").read()
        # display only: runs of blank lines squeezed so heads fit a screen
        text = re.sub(r"\n\s*\n(\s*\n)+", "\n\n", text)
        head = text[:1000]
        foot = text[-200:] if len(text) > 1200 else ""
        print(f"##### {path}\n{head}\n" + (f"[...]\n{foot}\n" if foot else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
