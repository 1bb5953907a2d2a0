#!/usr/bin/env python3
"""Score person and organization extraction on KazNERD's Kazakh news sentences.

    kaznerd.py [KZSEARCH_BINARY]

Runs `kzsearch extract` on ../shared/corpora/kaznerd-kk/articles.jsonl.gz and compares the
mentions it finds with the gold spans in entities.jsonl.gz (types PERSON and ORGANISATION),
mention by mention: exact (same text, ignoring case) and lenient (one contains the other).
Precision, recall and F1 are micro-averaged over all sentences.
"""
import collections
import gzip
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
CORPUS = os.path.join(ROOT, "..", "shared", "corpora", "kaznerd-kk")
TYPES = {"PERSON": "people", "ORGANISATION": "organizations"}


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target", "release", "kzsearch")
    out = subprocess.run([binary, "extract", os.path.join(CORPUS, "articles.jsonl.gz")],
                         check=True, capture_output=True, text=True).stdout
    predicted = {}
    for line in out.splitlines():
        rec = json.loads(line)
        predicted[rec["id"]] = {kind: [m.lower() for e in rec[kind] for m in e["mentions"]]
                                for kind in TYPES.values()}
    gold = collections.defaultdict(lambda: {kind: [] for kind in TYPES.values()})
    with gzip.open(os.path.join(CORPUS, "entities.jsonl.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            for e in rec["entities"]:
                if e["type"] in TYPES:
                    gold[rec["id"]][TYPES[e["type"]]].append(e["text"].lower())
    for kind in TYPES.values():
        counts = {"exact": [0, 0, 0], "lenient": [0, 0, 0]}  # tp, predicted, gold
        for sid in set(predicted) | set(gold):
            p = predicted.get(sid, {}).get(kind, [])
            g = gold[sid][kind] if sid in gold else []
            exact = sum((collections.Counter(p) & collections.Counter(g)).values())
            lenient_p = sum(1 for x in p if any(x in y or y in x for y in g))
            lenient_g = sum(1 for y in g if any(x in y or y in x for x in p))
            for mode, tp_p, tp_g in (("exact", exact, exact), ("lenient", lenient_p, lenient_g)):
                c = counts[mode]
                c[0] += tp_p
                c[1] += len(p)
                c[2] += tp_g if mode == "lenient" else tp_p
            counts["lenient"][2] += 0
        for mode, (tp, npred, _) in counts.items():
            ngold = sum(len(v[kind]) for v in gold.values())
            tp_gold = counts[mode][2] if mode == "lenient" else tp
            precision = tp / npred if npred else 1.0
            recall = tp_gold / ngold if ngold else 1.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            print(f"{kind:14} {mode:8} P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}  ({npred} extracted, {ngold} gold)")


if __name__ == "__main__":
    main()
