#!/usr/bin/env bash
# Runs every fuzz target for SECONDS (default 600) each, one after another:
#   fuzz/run.sh [SECONDS]
# Needs cargo-fuzz (`cargo install cargo-fuzz`); on a stable toolchain it runs with
# RUSTC_BOOTSTRAP=1. New inputs go to fuzz/work/ (git-ignored), so the committed seed corpora in
# fuzz/corpus/ stay small; crashes land in fuzz/artifacts/<target>/.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-600}"
export RUSTC_BOOTSTRAP=1
for target in article extract query; do
  mkdir -p "work/$target"
  cargo fuzz run "$target" "work/$target" "corpus/$target" -- \
    -max_total_time="$seconds" -max_len=8192 -rss_limit_mb=2048 -timeout=10
done
