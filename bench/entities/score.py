#!/usr/bin/env python3
"""Score entity extraction against gold annotations (the format of ../shared/gold/seeds.json).

    score.py GOLD.json PREDICTIONS.jsonl [--json]

PREDICTIONS is what `kzsearch extract --format json` writes (one article per line, matched to
gold by file name); bench/entities/spacy_extract.py writes the same format.

Matching rule (../shared/gold/README.md): an extracted entity is correct when its name or one of
its mentions equals a gold entity's canonical name or one of its mentions, compared
case-insensitively with whitespace folded, ignoring a leading "the", quotes and a possessive.
People and organizations: precision, recall and F1 over all articles (micro-averaged).
Conventions: the share of articles whose set of convention numbers is exactly the gold set.
Titles and dates: exact matches with `expected_title_from_text` and `date`.
"""
import json
import os
import re
import sys

QUOTES = re.compile(r"[\"'‘’“”«»„]")


def norm(text):
    text = " ".join(text.split()).lower()
    text = re.sub(r"(['’]s)$", "", text)
    text = QUOTES.sub("", text)
    if text.startswith("the "):
        text = text[4:]
    return " ".join(text.split())


def forms(entity, gold):
    if gold:
        names = [entity["canonical"]] + list(entity.get("mentions", []))
    else:
        names = [entity["name"]] + list(entity.get("mentions", []))
    return {norm(n) for n in names if n}


def prf(tp_pred, n_pred, tp_gold, n_gold):
    p = tp_pred / n_pred if n_pred else 1.0
    r = tp_gold / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(gold, predictions):
    totals = {k: [0, 0, 0, 0] for k in ("people", "organizations")}
    conventions_exact = titles = dates = articles = 0
    per_article = []
    errors = []
    for file, g in sorted(gold.items()):
        key = os.path.splitext(file)[0]
        pred = predictions.get(key)
        if pred is None:
            errors.append(f"{file}: no prediction")
            pred = {"people": [], "organizations": [], "conventions": [], "title": None, "date": None}
        articles += 1
        row = {"file": file}
        for kind in ("people", "organizations"):
            gold_sets = [forms(e, True) for e in g.get(kind, [])]
            pred_sets = [forms(e, False) for e in pred.get(kind, [])]
            tp_pred = sum(1 for p in pred_sets if any(p & gs for gs in gold_sets))
            tp_gold = sum(1 for gs in gold_sets if any(p & gs for p in pred_sets))
            t = totals[kind]
            t[0] += tp_pred
            t[1] += len(pred_sets)
            t[2] += tp_gold
            t[3] += len(gold_sets)
            for p, e in zip(pred_sets, pred.get(kind, [])):
                if not any(p & gs for gs in gold_sets):
                    errors.append(f"{file}: extra {kind[:-1] if kind == 'people' else 'organization'}: {e['name']}")
            for gs, e in zip(gold_sets, g.get(kind, [])):
                if not any(p & gs for p in pred_sets):
                    errors.append(f"{file}: missed {kind}: {e['canonical']}")
            row[kind] = prf(tp_pred, len(pred_sets), tp_gold, len(gold_sets))[2]
        exact = sorted(set(pred.get("conventions", []))) == sorted(set(g.get("conventions", [])))
        conventions_exact += exact
        if not exact:
            errors.append(f"{file}: conventions {sorted(set(pred.get('conventions', [])))} vs gold {sorted(set(g.get('conventions', [])))}")
        if "expected_title_from_text" in g:
            titles += pred.get("title") == g["expected_title_from_text"]
        dates += pred.get("date") == g.get("date")
        per_article.append(row)
    result = {"articles": articles}
    for kind, (tpp, npred, tpg, ngold) in totals.items():
        p, r, f = prf(tpp, npred, tpg, ngold)
        result[kind] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
                        "extracted": npred, "gold": ngold}
    result["conventions_exact"] = round(conventions_exact / articles, 3) if articles else 1.0
    result["titles_exact"] = round(titles / articles, 3) if articles else 1.0
    result["dates_exact"] = round(dates / articles, 3) if articles else 1.0
    return result, errors


def load_predictions(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rec = json.loads(line)
                name = os.path.basename(rec.get("path") or rec["id"])
                out[os.path.splitext(name)[0]] = rec
    return out


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    with open(args[0], encoding="utf-8") as f:
        gold = json.load(f)
    result, errors = score(gold, load_predictions(args[1]))
    if "--json" in sys.argv:
        print(json.dumps(result))
        return
    for kind in ("people", "organizations"):
        r = result[kind]
        print(f"{kind:14} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}  ({r['extracted']} extracted, {r['gold']} gold)")
    print(f"conventions    exact on {result['conventions_exact']:.0%} of {result['articles']} articles")
    print(f"titles exact {result['titles_exact']:.0%}, dates exact {result['dates_exact']:.0%}")
    if "--errors" in sys.argv:
        for e in errors:
            print("  " + e)


if __name__ == "__main__":
    main()
