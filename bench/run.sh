#!/usr/bin/env bash
# Regenerates every figure in docs/BENCHMARKS.md, in one run on this machine:
#   bench/run.sh [OUT]                       (default: /tmp/kzsearch-bench)
# Env: STAGES="reuters mix x10 scale" (any subset), SCALE=1000000 (articles in the scaled corpus),
#      INDEX_RUNS=3, QUERY_RUNS=10, PEERS (default below).
# Needs ../shared/peers/install.sh to have run (the peer engines), and a release build.
#
#  reuters  kzsearch and the peers side by side on Reuters-21578, interleaved, by the peers' own
#           driver (../shared/peers/bench.py) with kzsearch added as one more engine
#           (bench/peer/index.sh, query.sh): indexing wall/CPU/peak RSS/size, query latency.
#  mix      kzsearch's query mix (filters, facets) on that index: whole-process median and p95,
#           in-process latency, batch throughput (bench/mix.py).
#  x10      the same driver on Reuters x10 (../shared/peers/replicate.py).
#  scale    SCALE articles generated from Reuters (bench/scale.py): indexing wall, CPU, peak RSS,
#           size against the raw text; then the query mix.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=$(cd "$root/../shared" && pwd)
out=${1:-/tmp/kzsearch-bench}
stages=${STAGES:-reuters mix x10 scale}
mkdir -p "$out"
cargo build --release --locked --manifest-path "$root/Cargo.toml" >&2
export KZSEARCH_BIN="$root/target/x86_64-unknown-linux-gnu/release/kzsearch"  # see .cargo/config.toml

# The peers' folder as the driver expects it (the driver runs every <engine>/index.sh and
# query.sh beside it), with kzsearch as one more engine. Links, so nothing is copied.
peers="$out/peers"
mkdir -p "$peers"
for f in "$shared/peers/"*; do ln -sfn "$f" "$peers/$(basename "$f")"; done
rm -rf "$peers/kzsearch" && cp -r "$root/bench/peer" "$peers/kzsearch"
export PEERS=${PEERS:-kzsearch,sqlite-fts5,xapian,xapian-quest,tantivy-cli,tantivy-py,ripgrep}
reuters="$shared/corpora/reuters21578/articles.jsonl.gz"
queries="$shared/peers/queries.txt"

run() { echo "== $*" >&2; "$@"; }
for stage in $stages; do
  case $stage in
  reuters)
    LABEL="reuters21578 + kzsearch" run python3 "$peers/bench.py" "$reuters" "$queries" "$out/reuters" ;;
  mix)
    run python3 "$root/bench/mix.py" "$KZSEARCH_BIN" "$out/reuters/indexes/kzsearch" "${QUERY_RUNS:-10}" \
      > "$out/mix-reuters.md" ;;
  x10)
    [ -f "$out/reuters-x10.jsonl.gz" ] || run python3 "$shared/peers/replicate.py" "$reuters" 10 "$out/reuters-x10.jsonl.gz"
    INDEX_RUNS=${X10_INDEX_RUNS:-1} PEERS=${X10_PEERS:-kzsearch,sqlite-fts5,tantivy-py,tantivy-cli} \
      LABEL="reuters21578 x10 + kzsearch" run python3 "$peers/bench.py" "$out/reuters-x10.jsonl.gz" "$queries" "$out/x10"
    run python3 "$root/bench/mix.py" "$KZSEARCH_BIN" "$out/x10/indexes/kzsearch" "${QUERY_RUNS:-10}" > "$out/mix-x10.md" ;;
  scale)
    n=${SCALE:-1000000}
    corpus="$out/scaled-$n.jsonl.gz"
    [ -f "$corpus" ] || run python3 "$root/bench/scale.py" "$n" "$corpus"
    raw=$(python3 -c 'import gzip,json,sys; print(sum(len((json.loads(l).get("title") or "") + (json.loads(l).get("body") or "")) for l in gzip.open(sys.argv[1], "rt")))' "$corpus")
    rm -rf "$out/scaled-index"
    /usr/bin/time -f "wall_s=%e user_s=%U sys_s=%S max_rss_kb=%M" -o "$out/scale-time.txt" \
      "$KZSEARCH_BIN" index --rebuild --progress never --index "$out/scaled-index" "$corpus" 2> "$out/scale-index.log"
    size=$(du -sb "$out/scaled-index" | cut -f1)
    { echo "articles=$n raw_text_bytes=$raw index_bytes=$size"; cat "$out/scale-time.txt"; tail -1 "$out/scale-index.log"; } > "$out/scale.txt"
    cat "$out/scale.txt" >&2
    run python3 "$root/bench/mix.py" "$KZSEARCH_BIN" "$out/scaled-index" "${QUERY_RUNS:-10}" > "$out/mix-scale.md" ;;
  *) echo "unknown stage $stage" >&2; exit 2 ;;
  esac
done
echo "results in $out" >&2
