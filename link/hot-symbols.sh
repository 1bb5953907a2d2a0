#!/usr/bin/env bash
# Writes link/hot-symbols.txt: the functions a query process runs, by their linker names, which
# build.rs hands to the linker (lld's --symbol-ordering-file) so that they sit together in the
# release binary. A query process then touches fewer pages of code: 244 page faults instead of
# 191 for `minimum wage` on Reuters, 0.15-0.23 ms sooner (docs/BENCHMARKS.md). Names the binary
# no longer has are skipped by the linker, so a stale list costs only speed; run this again
# after upgrading Rust or the dependencies, or after large changes to the query path.
#   link/hot-symbols.sh [CORPUS]     (default: ../shared/corpora/reuters21578/articles.jsonl.gz)
# Needs valgrind (callgrind lists every function run, by its mangled name).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${1:-$root/../shared/corpora/reuters21578/articles.jsonl.gz}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --release --locked --manifest-path "$root/Cargo.toml" >&2
bin="$root/target/x86_64-unknown-linux-gnu/release/kzsearch"  # see .cargo/config.toml
"$bin" index --rebuild --progress never --index "$work/index" "$corpus" 2>/dev/null
n=0
trace() {
  n=$((n + 1))
  valgrind --tool=callgrind --demangle=no --callgrind-out-file="$work/cg.$n" \
    "$bin" query --index "$work/index" --color never "$@" >/dev/null 2>&1 || true
}
# The peers' 22 queries, the benchmark's mix of filters and facets, other outputs, a batch.
while IFS= read -r q; do [ -n "$q" ] && trace --limit 10 -- "$q"; done < "$root/../shared/peers/queries.txt"
trace oil --from 1987-03-01 --to 1987-03-31
trace '*' --person Volcker
trace prices --org OPEC
trace oil --facet org
trace --format json wages
trace --kwic "trade union"
head -50 "$root/../shared/peers/queries.txt" > "$work/batch"
trace --batch "$work/batch"
cat "$work"/cg.* | sed -nE 's/^c?fn=\([0-9]+\) (.+)$/\1/p' | sed -E "s/'[0-9]+$//" |
  grep -vE '^0x|^\(below main\)$' | LC_ALL=C sort -u > "$root/link/hot-symbols.txt"
echo "$(wc -l < "$root/link/hot-symbols.txt") functions → link/hot-symbols.txt" >&2
