#!/usr/bin/env bash
# Instructions one command executes in user space, counted by callgrind: the same figure however
# busy the machine is, so two builds can be compared one change at a time.
#   bench/instructions.sh target/x86_64-unknown-linux-gnu/release/kzsearch query --index IDX wages
set -euo pipefail
valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
  awk '/Collected/ {print $4}'
