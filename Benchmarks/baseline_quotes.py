#!/usr/bin/env python3
"""The baseline users have today: regex quote counting over a corpus, in Python."""
import os
import re
import sys

QUOTE = re.compile(r'["\u201c]([^"\u201d]{1,2000})["\u201d]')
SAID = re.compile(r'\b(?:said|told|added|noted|stated)\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)')


def main(root):
    quotes = 0
    speakers = {}
    for folder, _, files in os.walk(root):
        for name in sorted(files):
            if not name.endswith((".txt", ".md")):
                continue
            with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                text = f.read()
            quotes += len(QUOTE.findall(text))
            for m in SAID.finditer(text):
                speakers[m.group(1)] = speakers.get(m.group(1), 0) + 1
    print(quotes, len(speakers))


if __name__ == "__main__":
    main(sys.argv[1])
