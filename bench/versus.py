#!/usr/bin/env python3
"""Per-query whole-process medians of kzsearch against one peer, from a driver run's results.json.

usage: bench/versus.py OUT/reuters/results.json [PEER] [NOISE_MS]
(PEER defaults to xapian-quest, NOISE_MS to 0.16: differences within it are called even.)
"""
import json
import statistics
import sys


def main() -> None:
    path = sys.argv[1]
    peer = sys.argv[2] if len(sys.argv) > 2 else "xapian-quest"
    noise = float(sys.argv[3]) if len(sys.argv) > 3 else 0.16
    with open(path) as f:
        query = json.load(f)["query"]

    def median_ms(engine: str, name: str) -> float:
        return statistics.median(r["wall_s"] for r in query[engine][name]["runs"]) * 1000

    counts = {"kzsearch lower": 0, "even": 0, f"{peer} lower": 0}
    print(f"| query | kzsearch ms | {peer} ms | difference ms | |")
    print("|---|---|---|---|---|")
    for name in query["kzsearch"]:
        ours, theirs = median_ms("kzsearch", name), median_ms(peer, name)
        diff = ours - theirs
        verdict = "even" if abs(diff) <= noise else ("kzsearch lower" if diff < 0 else f"{peer} lower")
        counts[verdict] += 1
        print(f"| `{name}` | {ours:.2f} | {theirs:.2f} | {diff:+.2f} | {verdict} |")
    print()
    print(", ".join(f"{v}: {n}" for v, n in counts.items()),
          f"(strictly lower for kzsearch: {sum(1 for n in query['kzsearch'] if median_ms('kzsearch', n) < median_ms(peer, n))} of {len(query['kzsearch'])})")


if __name__ == "__main__":
    main()
