#!/usr/bin/env bash
# Every union's statistics tables of a province (19,911 unions in 5 levels, 200,000 files, 1,037,620
# paid lines to households and named recipients, enterprises, the province's reporting period with the
# cities' tables submitted; seed.sql, then every-level.sql) computed bottom-up by SubtreeRollUp, against the hand-written
# set-based SQL aggregate of the same numbers (baseline.sql) and the provincial table alone, measured in
# one run on the embedded PostgreSQL of the tests; checks both give the same figures. Then the province's
# inbox and summary pages (target < 300 ms), beside the demo district's as a control. Prints the ROLLUP lines.
# Options: -Drollup.runs=5 (rounds, default 3). UNIONAID_TEST_JDBC_URL=jdbc:postgresql://host:port/db (with
# UNIONAID_TEST_USERNAME) runs it on that server instead, seeding it only once.
# Usage: benchmarks/reporting/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -pl app-web -am verify -Dsurefire.excludedGroups=none -Dgroups=benchmark \
  -Dtest=RollUpBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx1g "$@" \
  | grep -a '^ROLLUP'
