#!/usr/bin/env bash
# Subtree queries on a province-scale union tree (20,000 unions), measured with pgbench.
# Usage: benchmarks/org-tree/run.sh "host=127.0.0.1 port=5433 user=postgres"
# Needs psql and pgbench (Debian: postgresql-client). Creates and drops the database unionaid_bench.
set -euo pipefail
conn=${1:?"a libpq connection string without dbname"}
here=$(cd "$(dirname "$0")" && pwd)
migrations="$here/../../db-migrations/src/main/resources/db/migration"

psql "$conn dbname=postgres" -qc 'drop database if exists unionaid_bench' -c 'create database unionaid_bench'
db="$conn dbname=unionaid_bench"
# In version order: a plain glob would put V10 before V2.
for migration in $(printf "%s\n" "$migrations"/V*.sql | sort -V); do psql "$db" -q -v ON_ERROR_STOP=1 -f "$migration"; done
psql "$db" -q -v ON_ERROR_STOP=1 -f "$here/seed.sql"

echo "--- plan of one city's subtree"
psql "$db" -c "explain (analyze, buffers, costs off) select * from organisation
  where path >= (select path from organisation where code = 'B-C7')
    and path < left((select path from organisation where code = 'B-C7'), -1) || '0' order by path limit 20"

for script in subtree-of-a-city count-subtree-of-a-county; do
  echo "--- $script: 2 clients, 20 s"
  pgbench "$db" -n -M prepared -c 2 -j 2 -T 20 -f "$here/$script.sql" | grep -E 'latency average|tps'
done

psql "$conn dbname=postgres" -qc 'drop database unionaid_bench'
