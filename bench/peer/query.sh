#!/usr/bin/env bash
# usage: query.sh INDEX_DIR "QUERY"
# Top 10, ranked, with a highlighted snippet each (kzsearch's default text output).
set -eu
"${KZSEARCH_BIN:?set KZSEARCH_BIN}" query --index "$1" --limit 10 --color never -- "$2" || [ $? -eq 1 ]
