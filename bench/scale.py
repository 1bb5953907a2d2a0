#!/usr/bin/env python3
"""A scaled corpus generated on the fly from Reuters-21578: N articles with distinct ids and
dates spread over 1987-2026, written as gzip JSON Lines (never committed).

    bench/scale.py N OUT.jsonl.gz [SOURCE.jsonl.gz]

Article i is Reuters article i mod 21,578 with id `<id>~s<i>`, its date moved by whole years
and days so that the copies spread over forty years, and a copy number in the title so that
titles differ.
"""
import datetime
import gzip
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "..", "shared", "corpora", "reuters21578", "articles.jsonl.gz")


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    source = sys.argv[3] if len(sys.argv) > 3 else DEFAULT
    with gzip.open(source, "rt", encoding="utf-8") as f:
        base = [json.loads(line) for line in f if line.strip()]
    start = datetime.date(1987, 1, 1)
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=1) as w:
        for i in range(n):
            a = dict(base[i % len(base)])
            copy = i // len(base)
            a["id"] = f"{a.get('id')}~s{i}"
            a["date"] = (start + datetime.timedelta(days=(i * 7919) % (40 * 365))).isoformat()
            if copy:
                a["title"] = f"{a.get('title') or ''} ({copy})"
            w.write(json.dumps(a, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
