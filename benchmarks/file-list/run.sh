#!/usr/bin/env bash
# The file list's queries on 200,000 hardship files (20,116 unions, 400,000 household members):
# name prefix, one person's exact ID number, and a city's subtree with a status filter, each as
# the page runs them (lookup, page of 20, count). Prints the plans, then pgbench latencies with the
# 95th percentile computed from the per-transaction log.
# Usage: benchmarks/file-list/run.sh "host=/var/run/postgresql user=postgres"
# Needs psql and pgbench (Debian: postgresql-client). Creates and drops the database unionaid_bench.
set -euo pipefail
conn=${1:?"a libpq connection string without dbname"}
here=$(cd "$(dirname "$0")" && pwd)
migrations="$here/../../db-migrations/src/main/resources/db/migration"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

psql "$conn dbname=postgres" -qc 'drop database if exists unionaid_bench' -c 'create database unionaid_bench'
db="$conn dbname=unionaid_bench"
# In version order: a plain glob would put V10 before V2.
for migration in $(printf "%s\n" "$migrations"/V*.sql | sort -V); do psql "$db" -q -v ON_ERROR_STOP=1 -f "$migration"; done
psql "$db" -q -v ON_ERROR_STOP=1 -f "$here/../org-tree/seed.sql" > /dev/null
time psql "$db" -q -v ON_ERROR_STOP=1 -f "$here/seed.sql"

echo "--- plans (one execution each)"
province=$(psql "$db" -Atc "select path from organisation where code = 'B-P'")
city=$(psql "$db" -Atc "select path from organisation where code = 'B-C7'")
psql "$db" -c "explain (analyze, costs off) select hf.id from hardship_file hf join organisation o1 on o1.id = hf.organisation_id
  where o1.path >= '$province' and o1.path < left('$province', -1) || '0'
    and hf.worker_name like '张%' order by hf.created_at desc, hf.id desc limit 20"
psql "$db" -c "explain (analyze, costs off) select id from hardship_file where worker_id_index = sha256('member1/1'::bytea)
  union select file_id from household_member where id_index = sha256('member1/1'::bytea)"
psql "$db" -c "explain (analyze, costs off) select hf.id from hardship_file hf join organisation o1 on o1.id = hf.organisation_id
  where o1.path >= '$city' and o1.path < left('$city', -1) || '0'
    and hf.status = 'SUBMITTED' order by hf.created_at desc, hf.id desc limit 20"

for script in name-prefix exact-id subtree-status; do
  echo "--- $script: 2 clients, 20 s"
  (cd "$work" && rm -f pgbench_log.* \
    && pgbench "$db" -n -M extended -c 2 -j 2 -T 20 -l -f "$here/$script.sql" | grep -E 'latency average|tps' \
    && cat pgbench_log.* | awk '{print $3}' | sort -n \
       | awk '{v[NR]=$1} END {printf "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (%d transactions)\n",
                              v[int(NR*0.50)]/1000, v[int(NR*0.95)]/1000, v[int(NR*0.99)]/1000, NR}')
done

psql "$conn dbname=postgres" -qc 'drop database unionaid_bench'
