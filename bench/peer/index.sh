#!/usr/bin/env bash
# usage: index.sh CORPUS.jsonl[.gz] INDEX_DIR
# kzsearch as one of the engines of ../shared/peers (same calling convention), full extraction.
# KZSEARCH_BIN names the binary (bench/run.sh sets it).
set -euo pipefail
exec "${KZSEARCH_BIN:?set KZSEARCH_BIN}" index --rebuild --progress never --index "$2" "$1"
