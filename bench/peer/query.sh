#!/usr/bin/env bash
# usage: query.sh INDEX_DIR "QUERY"
# Top 10, ranked, with a highlighted snippet each (kzsearch's default text output).
# exec, as the Python peers' wrappers do: the script's shell becomes kzsearch, so no second
# process waits on it. A query without hits exits 1 (grep's convention); the driver's hits
# table shows it as "(rc 1)".
set -eu
exec "${KZSEARCH_BIN:?set KZSEARCH_BIN}" query --index "$1" --limit 10 --color never -- "$2"
