#!/usr/bin/env bash
# Import of 10,000 and 100,000 spreadsheet rows with full validation, against parsing the same sheet
# and COPYing it into a scratch table, measured in one run on the embedded PostgreSQL of the tests,
# in a JVM limited to 512 MB of heap. Prints one IMPORT line per size.
# Usage: benchmarks/file-import/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -pl app-web -am verify -Dsurefire.excludedGroups=none -Dgroups=benchmark \
  -Dtest=FileImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx512m \
  | grep -a '^IMPORT'
