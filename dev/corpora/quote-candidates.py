#!/usr/bin/env python3
"""Blind quote labelling helper: the seeded release sample of a dev source, with candidate quote spans found by quotation marks alone (never the parser). Usage: dev/corpora/quote-candidates.py SOURCE [MIN_CANDIDATES] [SKIP_FILES]"""
import hashlib, os, re, sys, json
CORPUS = os.environ.get("PRANALYZE_DEV_CORPUS", "/work/devcorpus")
SEED = "dev-quotes-13"
OPEN = {b'"': b'"', "“".encode(): "”".encode(), "«".encode(): "»".encode(), "„".encode(): "“".encode()}
OPENS = [b'"', "“".encode(), "«".encode(), "„".encode()]
CLOSES = [b'"', "”".encode(), "»".encode(), "“".encode()]
def spans(b, wrapped=False):
    out = []; i = 0; n = len(b)
    while i < n:
        m = next((o for o in OPENS if b.startswith(o, i)), None)
        if m is None:
            i += 1; continue
        s = i + len(m)
        while True:
            m2 = next((o for o in OPENS if b.startswith(o, s)), None)
            if m2 is None: break
            s += len(m2)
        j = s; end = None
        while j < n:
            c = next((o for o in CLOSES if b.startswith(o, j)), None)
            if c is not None: end = j; clen = len(c); break
            if b[j:j+1] == b'\n' and (not wrapped or b[j+1:j+2] == b'\n' or b[j-1:j] == b'\n'): break
            j += 1
        if end is None:
            e = j
            while e > s and b[e-1:e] in b' \t\r': e -= 1
            out.append((s, e, True)); i = j; continue
        e = end
        while e > s and b[e-1:e] in b' \t\r': e -= 1
        out.append((s, e, False)); i = end + clen
    return out
def order(src):
    fs = sorted(f for f in os.listdir(os.path.join(CORPUS, src)) if f.endswith(".txt"))
    return sorted(fs, key=lambda f: hashlib.sha1((SEED + ":" + src + "/" + f).encode()).hexdigest())
if __name__ == "__main__":
    src = sys.argv[1]; target = int(sys.argv[2]) if len(sys.argv) > 2 else 28
    skip = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    total = 0; k = 0
    for f in order(src):
        b = open(os.path.join(CORPUS, src, f), "rb").read()
        sp = spans(b, src.startswith('wh-'))
        k += 1
        if k <= skip: total += len(sp); continue
        if total >= target: break
        total += len(sp)
        print("=" * 20, f"{src}/{f}", len(sp), "cands; len", len(b))
        pos = 0; parts = []
        for idx, (s, e, open_) in enumerate(sp):
            parts.append(b[pos:s].decode("utf-8", "replace"))
            parts.append(f"⟦{idx}{'~' if open_ else ''}:" + b[s:e].decode("utf-8", "replace") + "⟧")
            pos = e
        parts.append(b[pos:].decode("utf-8", "replace"))
        print(re.sub(r"\n{3,}", "\n\n", "".join(parts)))
