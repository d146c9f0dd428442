#!/usr/bin/env bash
# Pages at the speed of the platform (issue 18): throughput and p50/p99 latency of the busiest pages, each
# beside a baseline measured in the same run and JVM — a bare Thymeleaf page with no layout rendering the file
# list's 20 rows from one JdbcTemplate query (BareFileList, app-web test sources, profile pages-benchmark) — and
# the file list as the code before this work served it (commit $BEFORE, default 2a11291 = 4aa9cd2^, the last
# commit with the Layout Dialect), on the same database with the same JVM settings and wrk parameters.
#
# What it does, in one run:
#   1. builds the application jar (./mvnw -DskipTests package; SKIP_BUILD=1 reuses it) and, once, the jar of
#      $BEFORE from `git archive` (kept as $WORK/before.jar; BEFORE_JAR names one built elsewhere);
#   2. starts today's jar with the demo profile on a fresh embedded PostgreSQL (demo data), with the baseline's
#      classes beside it (PropertiesLauncher, loader.path) and the profile pages-benchmark, and seeds a province
#      into that database (../org-tree/seed.sql, ../file-list/seed.sql, seed.sql: 20,116 unions, 199,500 files,
#      three users, a campaign, a draft batch of 100 lines, a reporting period);
#   3. starts $BEFORE's jar on the same database (Flyway off: the schema is today's, which only added to what it
#      maps; its demo data are there already), twice: as its run command started it (its demo profile turned the template cache off, as
#      the issue measured) and with the template cache on. Each time the province admin's file list filtered to
#      a county and the demo clerk's file list (a handful of files, as the issue measured), then the same pages
#      of today's jar, so that a busy moment of a shared machine falls on both;
#   4. measures each page of today's jar and the baseline (the baseline first and again last, to show how much
#      the machine moved meanwhile);
#   5. measures the file list and the baseline in turn, $PAIRS times, and prints the ratio of each pair.
# Each measurement: the page must answer 200 as its user, $WARMUP s of warm-up, then wrk (2 threads,
# $CONNECTIONS connections, $DURATION s); the load average is written beside each figure. Results go to
# $WORK/results.md (and are printed). PROFILE=1 also records a JFR profile of today's jar ($WORK/current.jfr;
# `jfr print --events jdk.ExecutionSample` reads it).
#
# Usage: benchmarks/pages/run.sh            (needs wrk and psql: apt-get install wrk postgresql-client)
# Environment: WORK (default /tmp/unionaid-pages-bench), PORT (8097), PG_PORT (54397), BEFORE_PORT (8098),
#   DURATION (15), WARMUP (10), CONNECTIONS (8), PAIRS (3), JVM_OPTS (-Xms1g -Xmx1g), BEFORE (2a11291), BEFORE_JAR,
#   SKIP_BUILD, SKIP_BEFORE, PROFILE, ONLY (an extended regular expression: only the pages whose label matches).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
WORK=${WORK:-/tmp/unionaid-pages-bench}
PORT=${PORT:-8097}
PG_PORT=${PG_PORT:-54397}
BEFORE_PORT=${BEFORE_PORT:-8098}
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-10}
CONNECTIONS=${CONNECTIONS:-8}
PAIRS=${PAIRS:-3}
JVM_OPTS=${JVM_OPTS:-"-Xms1g -Xmx1g"}
BEFORE=${BEFORE:-2a11291}
base="http://127.0.0.1:$PORT"
before_base="http://127.0.0.1:$BEFORE_PORT"
db="host=127.0.0.1 port=$PG_PORT user=postgres dbname=postgres"
for tool in wrk psql curl java python3; do
  command -v "$tool" > /dev/null || { echo "needs $tool (apt-get install wrk postgresql-client)" >&2; exit 1; }
done
mkdir -p "$WORK"
results="$WORK/results.md"
current_pid=
before_pid=

stop() {
  if [ -n "$1" ] && kill -0 "$1" 2> /dev/null; then
    kill "$1"  # Spring stops the embedded PostgreSQL with the context
    wait "$1" 2> /dev/null || true
  fi
}
trap 'stop "$before_pid"; stop "$current_pid"' EXIT

# start NAME JAR LOADER_PATH PORT [application arguments...]: the packaged jar through Spring Boot's
# PropertiesLauncher, so that a folder of benchmark classes can sit beside it (the application's own classes
# load from the jar as with java -jar), keys and data in $WORK/data-current. Sets started_pid.
start() {
  local name=$1 jar=$2 loader_path=$3 port=$4
  shift 4
  # shellcheck disable=SC2086
  java $JVM_OPTS ${jfr[$name]:-} -cp "$jar" -Dloader.path="$loader_path" \
    -Dloader.main=org.unionaid.web.UnionAidApplication org.springframework.boot.loader.launch.PropertiesLauncher \
    --server.port="$port" --unionaid.personal-data.demo-key-file="$WORK/data-current/personal-data-keys.properties" \
    --unionaid.ledger.checkpoint-demo-key-file="$WORK/data-current/ledger-checkpoint-key.properties" "$@" \
    > "$WORK/app-$name.log" 2>&1 &
  started_pid=$!
  for _ in $(seq 600); do
    if curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null; then return 0; fi
    kill -0 "$started_pid" 2> /dev/null || { echo "$name stopped; see $WORK/app-$name.log" >&2; exit 1; }
    sleep 1
  done
  echo "$name did not start in 600 s" >&2
  exit 1
}

# session BASE LOGIN PASSWORD: signs in through the login form (CSRF token from the form), prints the session
# cookie (today's sessions are Spring Session's SESSION, the code before kept the container's JSESSIONID). A user
# whose roles need a second factor (R-AUTH-01) and has none yet is sent to enrol: the script reads the secret
# the page shows and answers with its present TOTP code, as an authenticator app would.
session() {
  local jar="$WORK/cookies" page token secret
  rm -f "$jar"
  token=$(curl -s -c "$jar" -b "$jar" "$1/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
  page=$(curl -s -L -c "$jar" -b "$jar" -w '%{url_effective}' --data-urlencode "username=$2" \
    --data-urlencode "password=$3" --data-urlencode "_csrf=$token" "$1/login")
  if [[ "$page" == */login/enrol ]]; then
    secret=$(grep -o '<code id="secret">[^<]*' <<< "$page" | sed 's/.*>//; s/ //g')
    token=$(grep -o 'name="_csrf" value="[^"]*"' <<< "$page" | head -1 | sed 's/.*value="//; s/"$//')
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "code=$(totp "$secret")" \
      --data-urlencode "_csrf=$token" "$1/login/enrol"
  fi
  awk '$6 == "JSESSIONID" || $6 == "SESSION" { print $6 "=" $7 }' "$jar"
}

# totp BASE32SECRET: the present code (RFC 6238: SHA-1, 6 digits, 30 s), as an authenticator app shows it.
totp() {
  python3 -c '
import base64, hmac, struct, sys, time
key = base64.b32decode(sys.argv[1] + "=" * (-len(sys.argv[1]) % 8))
mac = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), "sha1").digest()
offset = mac[-1] & 15
print("%06d" % ((struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7fffffff) % 1000000))' "$1"
}

# cpu PID: CPU time in ms used so far by that JVM and by the PostgreSQL both applications share (the postmaster
# with the backends it has reaped, and its live backends). On a shared machine the requests per second follow
# whatever else runs; the CPU time a request costs does not.
cpu() {
  local postmaster ticks=0
  postmaster=$(head -1 "$WORK/data-current/postgres/postmaster.pid")
  ticks=$(awk '{ print $14 + $15 }' "/proc/$1/stat")
  ticks=$((ticks + $(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$postmaster/stat")))
  for child in $(pgrep -P "$postmaster"); do
    ticks=$((ticks + $(awk '{ print $14 + $15 }' "/proc/$child/stat" 2> /dev/null || echo 0)))
  done
  echo $((ticks * 1000 / $(getconf CLK_TCK)))
}

# measure LABEL NAME COOKIE PATH: checks the page answers 200 as that user of application NAME (current or
# before), warms it up, then runs wrk and appends a row: requests per second, p50, p99 (ms), CPU ms per request
# (JVM and PostgreSQL), the page's size, the load average before and after.
measure() {
  local label=$1 name=$2 cookie=$3 path=$4
  if [ -n "${ONLY:-}" ] && ! grep -Eq "$ONLY" <<< "$label"; then return 0; fi
  local url pid
  url=$([ "$name" = before ] && echo "$before_base$path" || echo "$base$path")
  pid=$([ "$name" = before ] && echo "$before_pid" || echo "$current_pid")
  local answer
  answer=$(curl -s -o /dev/null -w '%{http_code} %{size_download}' -b "$cookie" "$url")
  [ "${answer%% *}" = 200 ] || { echo "$label: $path answered ${answer%% *}" >&2; exit 1; }
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 30s -H "Cookie: $cookie" "$url" > /dev/null
  local load out cpu_before cpu_after
  load=$(cut -d' ' -f1 /proc/loadavg)
  cpu_before=$(cpu "$pid")
  # A 30 s timeout, so that a slow page's answers count in its latency instead of as socket errors.
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s --latency -H "Cookie: $cookie" "$url")
  cpu_after=$(cpu "$pid")
  if grep -q 'Non-2xx' <<< "$out"; then echo "$label: non-2xx answers under load" >&2; echo "$out" >&2; exit 1; fi
  local errors
  errors=$(grep -o 'Socket errors:.*' <<< "$out" || true)
  label="$label${errors:+ ($errors)}"
  awk -v label="$label" -v path="$path" -v size="${answer#* }" -v load="$load" -v after="$(cut -d' ' -f1 /proc/loadavg)" \
      -v cpu=$((cpu_after - cpu_before)) '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) } $1 == "Requests/sec:" { rps = $2 }
    $2 == "requests" && $3 == "in" { requests = $1 }
    END { printf "| %s | `%s` | %.0f | %.1f | %.1f | %.2f | %d | %s / %s |\n",
                 label, path, rps, p50, p99, requests ? cpu / requests : 0, size, load, after }' \
    <<< "$out" | tee -a "$results"
}

header() {
  { echo; echo "$1"; echo
    echo "| page | path | requests/s | p50 ms | p99 ms | CPU ms per request | bytes | load before / after |"
    echo "|---|---|---|---|---|---|---|---|"; } | tee -a "$results"
}

# 1. The jars.
if [ -z "${SKIP_BUILD:-}" ]; then (cd "$root" && ./mvnw -q -B -DskipTests package); fi
cp "$root/app-web/target/unionaid.jar" "$WORK/current.jar"
rm -rf "$WORK/baseline" && mkdir -p "$WORK/baseline/org/unionaid/web/benchmark" "$WORK/baseline/templates"
cp -r "$root/app-web/target/test-classes/org/unionaid/web/benchmark/pages" "$WORK/baseline/org/unionaid/web/benchmark/"
cp -r "$root/app-web/target/test-classes/templates/benchmark" "$WORK/baseline/templates/"
if [ -z "${SKIP_BEFORE:-}" ]; then
  if [ -n "${BEFORE_JAR:-}" ]; then
    cp "$BEFORE_JAR" "$WORK/before.jar"
  elif [ ! -f "$WORK/before.jar" ]; then
    rm -rf "$WORK/before-src" && mkdir -p "$WORK/before-src"
    git -C "$root" archive "$BEFORE" | tar -x -C "$WORK/before-src"
    (cd "$WORK/before-src" && ./mvnw -q -B -DskipTests package)
    cp "$WORK/before-src/app-web/target/unionaid.jar" "$WORK/before.jar"
  fi
fi

{ echo "# Pages benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"; echo
  echo "Commit $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- . || echo ' (with changes)'),"
  echo "before: $BEFORE = $(git -C "$root" rev-parse --short "$BEFORE"). $(nproc) cores, $(java -version 2>&1 | head -1)."
  echo "JVM: $JVM_OPTS. wrk: 2 threads, $CONNECTIONS connections, ${DURATION} s after ${WARMUP} s of warm-up."
  echo "Uptime at start: $(uptime)"; } > "$results"
cat "$results"

# 2. Today's jar on the demo data, and a province of 200,000 files beside them.
declare -A jfr=()
if [ -n "${PROFILE:-}" ]; then
  jfr[current]="-XX:StartFlightRecording=filename=$WORK/current.jfr,settings=profile,dumponexit=true"
fi
rm -rf "$WORK/data-current"
start current "$WORK/current.jar" "$WORK/baseline" "$PORT" --spring.profiles.active=demo,pages-benchmark \
  --unionaid.embedded-postgres.port="$PG_PORT" --unionaid.embedded-postgres.data-directory="$WORK/data-current/postgres"
current_pid=$started_pid
echo "seeding the province..."
for seed in "$here/../org-tree/seed.sql" "$here/../file-list/seed.sql" "$here/seed.sql"; do
  psql "$db" -q -v ON_ERROR_STOP=1 -f "$seed" > /dev/null
done
psql "$db" -q -c checkpoint
id() { psql "$db" -Atc "$1"; }
county=$(id "select id from organisation where code = 'B-C1-K1'")
campaign=$(id "select id from campaign where name = '2027年元旦春节送温暖（页面基准）'")
batch=$(id "select id from disbursement_batch where campaign_id = $campaign")
period=$(id "select p.id from reporting_period p join organisation o on o.id = p.organisation_id
              where o.code = 'B-P' and p.name = '2027年元旦春节送温暖（页面基准）'")
file=$(id "select f.id from hardship_file f join organisation o on o.id = f.organisation_id
            where o.code = 'B-C1-K1-B1' order by f.id limit 1")
admin=$(session "$base" bench.admin bench2026)
clerk=$(session "$base" clerk unionaid2026)
clerk1=$(session "$base" bench.clerk1 bench2026)
finance=$(session "$base" bench.finance bench2026)

# 3. The code before this work on the same database: as its run command started it, then with the cache on.
if [ -z "${SKIP_BEFORE:-}" ]; then
  for cache in "as its demo profile ran it: template cache off" "template cache on"; do
    settings=()
    [ "$cache" = "template cache on" ] && settings=(--spring.thymeleaf.cache=true)
    start before "$WORK/before.jar" "$WORK/none" "$BEFORE_PORT" --spring.profiles.active=demo \
      --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" --spring.datasource.username=postgres \
      --spring.flyway.enabled=false "${settings[@]}"
    before_pid=$started_pid
    before_admin=$(session "$before_base" bench.admin bench2026)
    before_clerk=$(session "$before_base" clerk unionaid2026)
    header "Before ($BEFORE, $cache) and today, on the same database, in turn"
    measure "before: file list, 20 rows filtered to a county (province admin)" before "$before_admin" "/files?union=$county"
    measure "today: file list, 20 rows filtered to a county (province admin)" current "$admin" "/files?union=$county"
    measure "before: file list of the demo clerk" before "$before_clerk" /files
    measure "today: file list of the demo clerk" current "$clerk" /files
    stop "$before_pid"
    before_pid=
  done
fi

# 4. Today's pages beside the baseline.
header "Today, a province of 199,500 files (20,116 unions)"
measure "baseline: bare page, 20 rows, one query" current "$admin" "/benchmark/bare-files?union=$county"
measure "file list, 20 rows filtered to a county (province admin)" current "$admin" "/files?union=$county"
measure "home page of a clerk (base union)" current "$clerk1" /
measure "home page of the province admin" current "$admin" /
measure "file page (clerk)" current "$clerk1" "/files/$file"
measure "batch page, 100 lines (draft, county finance)" current "$finance" "/batches/$batch"
measure "statistics table of the county (county finance)" current "$finance" "/reports/$period/WARMTH/$county"
measure "file list of the whole province, no filter (province admin)" current "$admin" /files
measure "baseline again" current "$admin" "/benchmark/bare-files?union=$county"
measure "health endpoint (no session, no page)" current "X=0" /actuator/health

# 5. The file list against the baseline in turn, $PAIRS times: on a shared machine whose speed drifts (the baseline
# alone moved by a third within one run), the ratio of two measurements taken one after the other is what holds.
header "The file list and the baseline in turn"
for round in $(seq "$PAIRS"); do
  measure "pair $round: baseline" current "$admin" "/benchmark/bare-files?union=$county"
  measure "pair $round: file list, 20 rows filtered to a county" current "$admin" "/files?union=$county"
done
grep '^| pair ' "$results" | awk -F'|' '{ rps[NR] = $4 + 0 }
  END { for (i = 1; i < NR; i += 2) printf "pair %d: the file list serves %.0f %% of the baseline'"'"'s requests\n", (i + 1) / 2, 100 * rps[i + 1] / rps[i] }' \
  | tee -a "$results"
{ echo; echo "Uptime at the end: $(uptime)"; } | tee -a "$results"
