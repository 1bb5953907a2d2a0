#!/usr/bin/env python3
"""kzsearch's ranking next to the peer engines, on every collection in ../shared/relevance.

    bench/ranking/peers.py [KZSEARCH_BINARY]

Indexes each collection with the peers' own index scripts (../shared/peers/*/index.sh: SQLite
FTS5 with porter stemming, Xapian, bm25s, tantivy-py), plus a plain tantivy baseline (default
tokenizer, body only), runs every judged query as an OR of its words with the top 100 kept (the
peers' query scripts are AND, top 10: fine for a person, not for measuring), and scores all of
them and `kzsearch eval` with the same definitions (trec_eval's: graded gains for nDCG@10, grade
>= 1 relevant otherwise, queries without a relevant document skipped). Prints a Markdown table.
Needs ../shared/peers/install.sh to have run.
"""
import json
import math
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
SHARED = os.path.join(ROOT, "..", "shared")
PEERS = os.path.join(SHARED, "peers")
VENV = os.environ.get("PEERS_VENV", os.path.expanduser("~/.cache/kzsearch-peers/venv"))
VENV_PY = os.path.join(VENV, "bin", "python")
DEPTH = 100

# Each searcher reads {"q": text} lines on stdin and writes a JSON list of ids per line.
SEARCHERS = {
    "sqlite-fts5": ("python3", r'''
import json, re, sqlite3, sys
con = sqlite3.connect(sys.argv[1] + "/fts.db")
for line in sys.stdin:
    words = sorted(set(re.findall(r"\w+", json.loads(line)["q"].lower())))
    match = " OR ".join('"%s"' % w for w in words)
    ids = [r[0] for r in con.execute("SELECT id FROM articles WHERE articles MATCH ? ORDER BY rank LIMIT 100", (match,))] if words else []
    print(json.dumps(ids), flush=True)
'''),
    "xapian": ("/usr/bin/python3", r'''
import json, re, sys, xapian
db = xapian.Database(sys.argv[1])
qp = xapian.QueryParser(); qp.set_stemmer(xapian.Stem("english"))
qp.set_stemming_strategy(xapian.QueryParser.STEM_SOME); qp.set_database(db)
qp.set_default_op(xapian.Query.OP_OR)
for line in sys.stdin:
    text = " ".join(re.findall(r"\w+", json.loads(line)["q"]))
    enq = xapian.Enquire(db); enq.set_query(qp.parse_query(text, 0))
    ids = [json.loads(m.document.get_data())["id"] for m in enq.get_mset(0, 100)]
    print(json.dumps(ids), flush=True)
'''),
    "bm25s": (VENV_PY, r'''
import json, re, sys, bm25s, Stemmer
r = bm25s.BM25.load(sys.argv[1], load_corpus=True, mmap=True, show_progress=False)
stemmer = Stemmer.Stemmer("english")
for line in sys.stdin:
    words = re.findall(r"\w\w+", json.loads(line)["q"])
    toks = bm25s.tokenize([" ".join(words)], stopwords="en", stemmer=stemmer, return_ids=False, show_progress=False)
    toks = [[t for t in toks[0] if t in r.vocab_dict]]
    ids = []
    if toks[0]:
        docs, scores = r.retrieve(toks, corpus=r.corpus, k=min(100, r.scores["num_docs"]), show_progress=False)
        ids = [d["id"] for d, s in zip(docs[0], scores[0]) if s > 0]
    print(json.dumps(ids), flush=True)
'''),
    "tantivy-py": (VENV_PY, r'''
import json, re, sys, tantivy
index = tantivy.Index.open(sys.argv[1])
searcher = index.searcher()
for line in sys.stdin:
    text = " ".join(re.findall(r"\w+", json.loads(line)["q"]))
    ids = []
    if text:
        q = index.parse_query(text, ["title", "body"])
        ids = [searcher.doc(a)["id"][0] for _, a in searcher.search(q, 100).hits]
    print(json.dumps(ids), flush=True)
'''),
    "tantivy plain": (VENV_PY, r'''
import json, os, re, sys, tantivy
sys.path.insert(0, os.path.join(sys.argv[2], "lib"))
from corpus import read_corpus
path = sys.argv[1]
if not os.path.exists(os.path.join(path, "meta.json")):
    os.makedirs(path, exist_ok=True)
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("id", stored=True, tokenizer_name="raw")
    sb.add_text_field("body", stored=False)
    index = tantivy.Index(sb.build(), path=path)
    w = index.writer()
    for d in read_corpus(sys.argv[3]):
        w.add_document(tantivy.Document(id=[d["id"]], body=[d["body"]]))
    w.commit(); w.wait_merging_threads()
index = tantivy.Index.open(path)
searcher = index.searcher()
for line in sys.stdin:
    text = " ".join(re.findall(r"\w+", json.loads(line)["q"]))
    ids = []
    if text:
        q = index.parse_query(text, ["body"])
        ids = [searcher.doc(a)["id"][0] for _, a in searcher.search(q, 100).hits]
    print(json.dumps(ids), flush=True)
'''),
}

INDEX_SCRIPT = {"sqlite-fts5": "sqlite-fts5", "xapian": "xapian", "bm25s": "bm25s", "tantivy-py": "tantivy-py"}


def metrics(ranking, relevant):
    ranking = ranking[:DEPTH]
    gain = lambda d: relevant.get(d, 0)
    disc = lambda i: 1.0 / math.log2(i + 2)
    dcg = sum(gain(d) * disc(i) for i, d in enumerate(ranking[:10]))
    ideal = sorted(relevant.values(), reverse=True)[:10]
    idcg = sum(g * disc(i) for i, g in enumerate(ideal))
    found, psum = 0, 0.0
    for i, d in enumerate(ranking):
        if gain(d) > 0:
            found += 1
            psum += found / (i + 1)
    return {"ndcg_10": dcg / idcg if idcg else 0.0, "map": psum / len(relevant),
            "p_10": sum(1 for d in ranking[:10] if gain(d) > 0) / 10, "recall_100": found / len(relevant)}


def mean(rows):
    return {k: sum(r[k] for r in rows) / max(len(rows), 1) for k in ("ndcg_10", "map", "p_10", "recall_100")}


def load(collection):
    queries = [json.loads(l) for l in open(os.path.join(collection, "queries.jsonl"), encoding="utf-8") if l.strip()]
    judged = {}
    for line in open(os.path.join(collection, "qrels.tsv"), encoding="utf-8"):
        q, d, g = line.split("\t")
        if int(g) >= 1:
            judged.setdefault(q.strip(), {})[d.strip()] = int(g)
    return [(str(q["id"]), q["text"]) for q in queries if str(q["id"]) in judged], judged


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        ROOT, "target", "x86_64-unknown-linux-gnu", "release", "kzsearch")  # .cargo/config.toml
    table = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("cran", "cisi", "med"):
            collection = os.path.join(SHARED, "relevance", name)
            docs = os.path.join(collection, "docs.jsonl")
            queries, judged = load(collection)
            out = subprocess.run([binary, "eval", collection, "--format", "json"], check=True, capture_output=True, text=True).stdout
            table[("kzsearch", name)] = json.loads(out)["mean"]
            for peer, (python, code) in SEARCHERS.items():
                index = os.path.join(tmp, f"{name}-{peer.replace(' ', '-')}")
                if peer in INDEX_SCRIPT:
                    subprocess.run([os.path.join(PEERS, INDEX_SCRIPT[peer], "index.sh"), docs, index], check=True, capture_output=True)
                args = [python, "-c", code, index, PEERS, docs]
                stdin = "".join(json.dumps({"q": text}) + "\n" for _, text in queries)
                result = subprocess.run(args, input=stdin, capture_output=True, text=True)
                if result.returncode != 0:
                    print(f"{peer} on {name} failed: {result.stderr.strip()[-300:]}", file=sys.stderr)
                    continue
                rankings = [json.loads(l) for l in result.stdout.splitlines()]
                table[(peer, name)] = mean([metrics(r, judged[q]) for (q, _), r in zip(queries, rankings)])
    systems = ["kzsearch", "tantivy plain", "sqlite-fts5", "xapian", "bm25s", "tantivy-py"]
    print("| system | cran nDCG@10 | cran MAP | cisi nDCG@10 | cisi MAP | med nDCG@10 | med MAP |")
    print("|---|---|---|---|---|---|---|")
    for s in systems:
        cells = []
        for name in ("cran", "cisi", "med"):
            m = table.get((s, name))
            cells += [f"{m['ndcg_10']:.4f}", f"{m['map']:.4f}"] if m else ["–", "–"]
        print(f"| {s} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
