#!/usr/bin/env bash
# Scores one ranking configuration on every collection in ../shared/relevance:
#   bench/ranking/try.sh [KEY=VALUE ...]      e.g. bench/ranking/try.sh title_boost=3 prf_docs=10
# Prints one table row: the knobs, then nDCG@10 / MAP per collection.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=target/x86_64-unknown-linux-gnu/release/kzsearch
sets=()
for kv in "$@"; do sets+=(--set "$kv"); done
row="| ${*:-defaults} |"
for c in cran cisi med; do
  idx="${TMPDIR:-/tmp}/kzsearch-eval-$c"
  json=$("$bin" eval "../shared/relevance/$c" --index "$idx" --reuse --format json "${sets[@]}")
  row+=$(python3 -c 'import json,sys; m=json.loads(sys.argv[1])["mean"]; print(" %.4f / %.4f |" % (m["ndcg_10"], m["map"]), end="")' "$json")
done
echo "$row"
