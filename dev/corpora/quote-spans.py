#!/usr/bin/env python3
"""Blind quote labelling helper: the spans between quotation marks of given dev-corpus files, with
byte offsets and context, found by the marks alone (never the parser). Unlike quote-candidates.py
a quote runs to its closing mark across single line breaks (hard-wrapped and OCR'd texts) and stops
at a blank line when the paragraph leaves it open. The offsets are label-ready (`start` after the
opening mark, `stop` before the closing one, trailing blanks trimmed); the labeller decides what is a
quote, a term or a title, and whose words they are.
Usage: dev/corpora/quote-spans.py SOURCE/FILE [SOURCE/FILE ...]   ($PRANALYZE_DEV_CORPUS, default /work/devcorpus)
"""
import os, re, sys

CORPUS = os.environ.get("PRANALYZE_DEV_CORPUS", "/work/devcorpus")
OPENS = [b'"', "“".encode(), "«".encode(), "„".encode()]
CLOSES = [b'"', "”".encode(), "»".encode(), "“".encode()]
BLANK = re.compile(rb"\n[ \t\xc2\xa0\xc3\x82]*\n")  # a blank line, counting the scrapes' stray NBSP / Â lines


def spans(b):
    out, i, n = [], 0, len(b)
    while i < n:
        m = next((o for o in OPENS if b.startswith(o, i)), None)
        if m is None:
            i += 1
            continue
        s = i + len(m)
        while b[s:s + 1] == b" ":
            s += 1
        j, end, clen = s, None, 0
        while j < n:
            c = next((o for o in CLOSES if b.startswith(o, j)), None)
            if c is not None:
                end, clen = j, len(c)
                break
            if b[j:j + 1] == b"\n" and BLANK.match(b, j):
                break
            j += 1
        e = end if end is not None else j
        while e > s and b[e - 1:e] in b" \t\r\n":
            e -= 1
        out.append((s, e, end is None))
        i = end + clen if end is not None else j
    return out


def main(paths):
    for path in paths:
        b = open(os.path.join(CORPUS, path), "rb").read()
        print("#####", path)
        for k, (s, e, open_) in enumerate(spans(b)):
            text = b[s:e].decode("utf-8", "replace").replace("\n", "⏎")
            before = b[max(0, s - 60):s].decode("utf-8", "replace").replace("\n", "⏎")
            after = b[e:e + 60].decode("utf-8", "replace").replace("\n", "⏎")
            print(f"[{k}{'~' if open_ else ''}] {s}-{e} «{before}» {text[:240]} || {after}")
        for m in re.finditer("‘([^’\n]{1,200})’".encode(), b):  # single curly marks: quotes or terms, by reading
            print(f"  single {m.start(1)}-{m.end(1)} {m.group(1).decode('utf-8', 'replace')}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
