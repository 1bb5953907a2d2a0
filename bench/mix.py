#!/usr/bin/env python3
"""kzsearch's query mix on one index: whole-process latency (median, p95), in-process latency,
and batch throughput. Prints Markdown.

    bench/mix.py KZSEARCH_BINARY INDEX_DIR [RUNS]

The mix: one common term, one rare term, two terms, a phrase, a date-filtered query, a person
filter, an organization filter and a facet, each top 10 with snippets (the default text output).
Whole process: RUNS timed runs per query after one untimed run (warm page cache), queries
interleaved round by round. In-process: a batch file repeating the query 200 times, run once
untimed and RUNS times timed on one thread (RAYON_NUM_THREADS=1); per query = median batch time
/ 200 (start-up excluded by subtracting the median time of a one-query batch). Batch throughput:
1,000 distinct queries made from the index's own titles (two words each), `--batch` with JSON
Lines output, on every core as shipped, median of RUNS.
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

MIX = [
    ("common term", ["said"]),
    ("rare term", ["tripartite"]),
    ("two terms", ["minimum wage"]),
    ("phrase", ['"trade union"']),
    ("date filter", ["oil", "--from", "1987-03-01", "--to", "1987-03-31"]),
    ("person filter", ["*", "--person", "Volcker"]),
    ("org filter", ["prices", "--org", "OPEC"]),
    ("facet", ["oil", "--facet", "org"]),
]


def timed(argv, env=None):
    start = time.perf_counter()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def batch_line(args):
    """A --batch line for a query with options: batch lines are queries only, so options that
    are filters are written in the query language."""
    query, rest = args[0], args[1:]
    parts = [] if query == "*" else [query]
    i = 0
    while i < len(rest):
        flag, value = rest[i], rest[i + 1] if i + 1 < len(rest) else ""
        if flag == "--from":
            parts.append(f"date:>={value}")
        elif flag == "--to":
            parts.append(f"date:<={value}")
        elif flag == "--person":
            parts.append(f'person:"{value}"')
        elif flag == "--org":
            parts.append(f'org:"{value}"')
        i += 2
    return " ".join(parts) or "*"


def main():
    binary, index = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 15
    base = [binary, "query", "--index", index, "--limit", "10", "--color", "never"]
    for _, args in MIX:  # untimed first runs
        timed(base + args)
    whole = {name: [] for name, _ in MIX}
    for r in range(runs):
        order = MIX[r % len(MIX):] + MIX[: r % len(MIX)]
        for name, args in order:
            whole[name].append(timed(base + args))

    tmp = tempfile.mkdtemp(prefix="kzsearch-mix-")
    # A batch searches its queries on every core; in-process latency is one query at a time.
    serial = dict(os.environ, RAYON_NUM_THREADS="1")

    def batch_ms(lines, extra=(), env=None):
        path = os.path.join(tmp, "batch.txt")
        with open(path, "w") as f:
            f.write("\n".join(lines) + "\n")
        argv = [binary, "query", "--index", index, "--limit", "10", "--batch", path, "--format", "jsonl", *extra]
        timed(argv, env)
        return statistics.median(timed(argv, env) for _ in range(max(3, runs // 3)))

    one = batch_ms(["said"], env=serial)
    inproc = {}
    for name, args in MIX:
        extra = ["--facet", "org"] if "--facet" in args else []
        line = batch_line(args)
        inproc[name] = max(0.0, batch_ms([line] * 200, extra, serial) - one) / 200

    print(f"Index `{index}`; {runs} timed runs per query; whole process includes start-up.\n")
    print("| query | kzsearch arguments | whole process median ms | p95 ms | in-process ms |")
    print("|---|---|---|---|---|")
    for name, args in MIX:
        shown = " ".join(args).replace("|", "\\|")
        print(f"| {name} | `{shown}` | {statistics.median(whole[name]):.1f} | {pct(whole[name], 95):.1f} | {inproc[name]:.2f} |")
    all_whole = [v for vs in whole.values() for v in vs]
    print(f"| **all** | | **{statistics.median(all_whole):.1f}** | **{pct(all_whole, 95):.1f}** | |")

    # Batch throughput: 1,000 distinct two-word queries from the index's own titles.
    export = subprocess.run([binary, "export", "--index", index], capture_output=True, text=True).stdout
    queries = []
    for line in export.splitlines():
        title = json.loads(line).get("title") or ""
        words = [w for w in title.lower().split() if w.isalpha() and len(w) > 3]
        if len(words) >= 2:
            queries.append(f"{words[0]} {words[1]}")
        if len(queries) == 1000:
            break
    ms = batch_ms(queries)
    print(f"\nBatch: {len(queries)} distinct two-word queries from titles, top 10 with snippets, "
          f"JSON Lines: {ms:.0f} ms, **{len(queries) / ms * 1000:.0f} queries/s** "
          f"(median of {max(3, runs // 3)} runs, start-up included).")

if __name__ == "__main__":
    main()
