#!/usr/bin/env bash
# Every anomaly rule of the auditor's desk over the province of the roll-up benchmark (19,911 unions, 200,000
# files, 1,000,000 paid lines; ../reporting/seed.sql), made a province that keeps its records and planted with
# three hits of each rule (seed.sql): a whole run against the sum of the rules' bare statements in the same round,
# the planted hits found exactly, and the desk's first page from the stored run. Prints the AUDIT lines.
# Options: -Daudit.runs=5 (rounds, default 3); -Daudit.files=2000 (a small province, to try the seed).
# UNIONAID_TEST_JDBC_URL=jdbc:postgresql://host:port/db (with UNIONAID_TEST_USERNAME) runs it on that server.
# Usage: benchmarks/audit/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -pl app-web -am verify -Dsurefire.excludedGroups=none -Dgroups=benchmark \
  -Dtest=AuditBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx1g "$@" \
  | grep -a '^AUDIT'
