#!/usr/bin/env bash
# Ledger postings per second into one union and spread over 1,000 unions (4 writer threads, each
# entry its own transaction), and the verification of one union's chain of 1,000,000 postings, each
# against plain INSERTs (COPY for the million) of the same rows without hash, lock, trigger or
# balance, measured in one run on the embedded PostgreSQL of the tests. Prints the LEDGER lines.
# Options: -Dledger.threads=4 -Dledger.entries=20000 -Dledger.chain=1000000 (append to the command).
# Usage: benchmarks/ledger/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -pl persistence -am verify -Dsurefire.excludedGroups=none -Dgroups=benchmark \
  -Dtest=LedgerBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx1g "$@" \
  | grep -a '^LEDGER'
