#!/usr/bin/env bash
# A batch of 100,000 lines: filling it with every payment rule, approving it, generating its bank file
# (generic CSV and the GBK fixed-width template) and importing the bank's return (98 % paid, 2 % failed),
# each beside a raw SQL/COPY floor measured in the same run, on the embedded PostgreSQL of the tests, in a
# JVM limited to 512 MB of heap. Prints one BATCH line per measure.
# Usage: benchmarks/disbursement/run.sh            (-Dbatch.lines=N through BATCH_LINES=N)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -o -pl app-web -am verify -Dsurefire.excludedGroups=none -Dgroups=benchmark \
  -Dtest=DisbursementBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  "-DargLine=-Xmx512m -Dbatch.lines=${BATCH_LINES:-100000}" \
  | grep -a '^BATCH'
