#!/usr/bin/env bash
# How the statistics roll-up grows: one, two and four provinces of seed.sql's size under one national
# union (RollUpGrowthBenchmark), every union's tables by SubtreeRollUp and by the SQL aggregate of
# baseline.sql, on the embedded PostgreSQL of the tests. Heavy (about 4 GB of data, 15–25 minutes on two
# cores): run it on a quiet machine. Options: -Drollup.provinces=1,2,4 -Drollup.runs=3.
# Usage: benchmarks/reporting/growth.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -pl app-web -am verify -Dsurefire.excludedGroups=none -Dgroups=benchmark \
  -Dtest=RollUpGrowthBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx4g "$@" \
  | grep -a '^ROLLUP'
