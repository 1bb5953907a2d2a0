#!/usr/bin/env python3
"""Do ordinary Russian and Kazakh words find English articles through the cross-script name key?

    false_matches.py [KZSEARCH_BINARY]

Indexes the English BBC corpus, then queries it with the 300 most frequent lower-case words of
at least four letters from the Russian (NEREL) and Kazakh (KazNERD) corpora. Such words have no
business matching English text: every query that finds an article is a false match made by the
name key. Prints the count and the offending words.
"""
import collections
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
CORPORA = os.path.join(ROOT, "..", "shared", "corpora")


def frequent_words(corpus, n=300):
    counts = collections.Counter()
    with gzip.open(os.path.join(CORPORA, corpus, "articles.jsonl.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            counts.update(w for w in re.findall(r"[а-яёәғқңөұүһі]{4,}", json.loads(line)["body"]))
    return [w for w, _ in counts.most_common(n)]


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target", "release", "kzsearch")
    with tempfile.TemporaryDirectory() as tmp:
        index = os.path.join(tmp, "idx")
        subprocess.run([binary, "index", os.path.join(CORPORA, "bbc", "articles.jsonl.gz"), "--index", index],
                       check=True, capture_output=True)
        for corpus in ("nerel-ru", "kaznerd-kk"):
          for capitalised in (False, True):
            words = frequent_words(corpus)
            if capitalised:
                words = [w.capitalize() for w in words]
            batch = "\n".join(words) + "\n"
            out = subprocess.run([binary, "query", "--batch", "-", "--index", index, "-n", "1", "--match", "all"],
                                 input=batch, capture_output=True, text=True).stdout
            found = [json.loads(l) for l in out.splitlines()]
            hits = [r["query"] for r in found if r.get("type") == "summary" and r["total"] > 0]
            form = "capitalised" if capitalised else "lower-case"
            print(f"{corpus} ({form}): {len(hits)} of {len(words)} frequent words find an English article: {', '.join(hits[:20])}")


if __name__ == "__main__":
    main()
