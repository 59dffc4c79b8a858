#!/usr/bin/env bash
# Buku 2 load figures on this machine: a masterplan with 500 programmes, 2,000 actions and 5,000
# budget lines (generated through the API by bench/programme-data.py), then wrk with 20 connections
# against the programme catalogue and the budget summary, as pages (session cookie from the login
# form) and as API (bearer token), plus a filtered full-text search. Traffic goes to localhost
# only; every loop is bounded. Prints p50/p90/p95/p99 and req/s per URL (bench/percentiles.lua) and
# writes the query plans of the catalogue and budget queries to bench/.data-programme/explain.txt.
#
# Usage: bench/programme-load.sh [seconds-per-run, default 20]
# Environment: BENCH_PORT (8098), BENCH_DB_PORT (5498, embedded PostgreSQL, for psql),
#   BENCH_BUILD_DIR (target), BENCH_JAR (run this jar, no build; e.g. to compare two commits),
#   BENCH_REUSE_DATA=1 (keep the data of the last run: no generation, pending migrations apply),
#   BENCH_USERS (20: sessions signed in through the login form; page requests take them in turn),
#   BENCH_THINK_MS (1000: the pause between two requests of one user in the second round).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-20}"
WARMUP=5
PORT="${BENCH_PORT:-8098}"
DB_PORT="${BENCH_DB_PORT:-5498}"
BUILD_DIR="${BENCH_BUILD_DIR:-target}"
DATA="$(pwd)/bench/.data-programme"
BASE="http://localhost:$PORT"
PASSWORD="rancang-demo-2024"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
command -v psql >/dev/null || { apt-get update -qq && apt-get install -y -qq postgresql-client; }

USERS="${BENCH_USERS:-20}"
if [ -n "${BENCH_JAR:-}" ]; then
  JAR="$BENCH_JAR"
else
  mvn -B -q -DskipTests -Dbuild.dir="$BUILD_DIR" package
  JAR=$(ls "$BUILD_DIR"/rancang-*.jar | grep -v plain | head -1)
fi
if [ "${BENCH_REUSE_DATA:-}" != 1 ]; then
  rm -rf "$DATA"
fi
mkdir -p "$DATA"

start=$(( $(date +%s%N) / 1000000 ))
RANCANG_DATA_DIR="$DATA" RANCANG_EMBEDDED_DB_PORT="$DB_PORT" RANCANG_DEMO=true PORT="$PORT" \
  RANCANG_SECURE_COOKIES=false java -jar "$JAR" > "$DATA/rancang.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -fs "$BASE/actuator/health/readiness" > /dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { echo "Rancang stopped, see $DATA/rancang.log" >&2; exit 1; }
  sleep 0.2
done
curl -fs "$BASE/actuator/health/readiness" > /dev/null || { echo "not ready after 120 s" >&2; exit 1; }
ready=$(( $(date +%s%N) / 1000000 - start ))

token=$(curl -fs -H 'Content-Type: application/json' \
  -d "{\"email\":\"editor@tegalkab.demo\",\"password\":\"$PASSWORD\"}" \
  "$BASE/api/v1/auth/token" | sed 's/.*"token":"\([^"]*\)".*/\1/')

if [ "${BENCH_REUSE_DATA:-}" = 1 ]; then
  generated="data of the previous run reused"
  plan=$(curl -fs -H "Authorization: Bearer $token" "$BASE/api/v1/regions/33.28/masterplans" \
    | python3 -c 'import json,sys; print([m["id"] for m in json.load(sys.stdin) if "uji beban" in m["title"]][0])')
else
  python3 bench/programme-data.py "$BASE" "$token" > "$DATA/generate.txt"
  generated=$(head -1 "$DATA/generate.txt")
  plan=$(tail -1 "$DATA/generate.txt")
fi

# Browser sessions: the login form with its CSRF token, then the session cookie; one per user.
: > "$DATA/sessions.txt"
for i in $(seq 1 "$USERS"); do
  jar="$DATA/cookies.txt"
  rm -f "$jar"
  csrf=$(curl -fs -c "$jar" -b "$jar" "$BASE/login" \
    | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=editor@tegalkab.demo" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" "$BASE/login"
  awk '$6 == "RANCANG_SESSION" { print $7 }' "$jar" >> "$DATA/sessions.txt"
done
session=$(head -1 "$DATA/sessions.txt")
[ "$(sort -u "$DATA/sessions.txt" | wc -l)" -eq "$USERS" ] || { echo "login failed" >&2; exit 1; }
page_check=$(curl -fs -H "Cookie: RANCANG_SESSION=$session" "$BASE/masterplans/$plan/programmes" \
  | grep -c 'UB-0001' || true)
[ "$page_check" -ge 1 ] || { echo "catalogue page not reachable with the session cookie" >&2; exit 1; }

counts=$(psql -h localhost -p "$DB_PORT" -U postgres -d postgres -At -F ' ' -c "
  select (select count(*) from programme where masterplan_id = $plan),
         (select count(*) from programme_action a join programme p on p.id = a.programme_id
           where p.masterplan_id = $plan),
         (select count(*) from budget_line b join programme p on p.id = b.programme_id
           where p.masterplan_id = $plan)")

cookie="X-Bench: $USERS sessions in turn"  # the session cookies come from bench/percentiles.lua
bearer="Authorization: Bearer $token"
export BENCH_COOKIES=""
q="sampah"
urls=(
  "page|$cookie|/masterplans/$plan/programmes"
  "api|$bearer|/api/v1/masterplans/$plan/programmes?size=20"
  "page|$cookie|/masterplans/$plan/programmes?q=$q&dimension=ENVIRONMENT"
  "api|$bearer|/api/v1/masterplans/$plan/programmes?q=$q&dimension=ENVIRONMENT&size=20"
  "page|$cookie|/masterplans/$plan/programmes/budget"
  "api|$bearer|/api/v1/masterplans/$plan/programmes/budget-summary"
)

cookies() {  # the session file for pages, none for the API
  if [ "$1" = page ]; then echo "$DATA/sessions.txt"; fi
}
for entry in "${urls[@]}"; do  # warm-up (JIT, caches), not measured
  IFS='|' read -r kind header path <<< "$entry"
  BENCH_COOKIES=$(cookies "$kind") wrk -t2 -c20 -d"${WARMUP}s" --timeout 10s -s bench/percentiles.lua \
    -H "$header" "$BASE$path" > /dev/null
done

echo "== Rancang Buku 2 load figures ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(basename "$JAR"))"
echo "load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "start to ready (demo): ${ready} ms"
echo "$generated"
echo "masterplan $plan: programmes, actions, budget lines = $counts"
# CPU time of the JVM and of the embedded PostgreSQL (postmaster and its backends), in clock ticks:
# divided by the requests served, it is the server's cost per request, which other processes on
# the machine disturb much less than they disturb latencies.
postmaster=$(head -1 "$DATA/postgres/postmaster.pid")
tick=$(getconf CLK_TCK)
cpu_ticks() {
  local pg=0 p
  for p in $postmaster $(ps -o pid= --ppid "$postmaster"); do
    [ -r "/proc/$p/stat" ] && pg=$(( pg + $(awk '{ print $14 + $15 }' "/proc/$p/stat") ))
  done
  echo "$(awk '{ print $14 + $15 }' "/proc/$pid/stat") $pg"
}
# two ways of being 20 users: a closed loop (each connection asks again as soon as it has its
# answer: the throughput limit) and people who read for about THINK_MS (default 1 s) between
# requests (the latency a user sees when 20 people work at once)
THINK_MS=${BENCH_THINK_MS:-1000}
for think in 0 "$THINK_MS"; do
for entry in "${urls[@]}"; do
  IFS='|' read -r kind header path <<< "$entry"
  echo "-- $kind GET $path (wrk 2 threads, 20 connections, ${DURATION}s, pause ${think} ms)"
  read -r jvm0 pg0 <<< "$(cpu_ticks)"
  result=$(BENCH_THINK_MS=$think BENCH_COOKIES=$(cookies "$kind") wrk -t2 -c20 -d"${DURATION}s" \
    --timeout 10s --latency -s bench/percentiles.lua -H "$header" "$BASE$path" \
    | grep -E '^RESULT|Non-2xx')
  read -r jvm1 pg1 <<< "$(cpu_ticks)"
  echo "$result"
  requests=$(sed -n 's/.* requests=\([0-9]*\).*/\1/p' <<< "$result")
  awk -v j=$(( jvm1 - jvm0 )) -v p=$(( pg1 - pg0 )) -v n="$requests" -v t="$tick" \
    'BEGIN { printf "CPU per request: JVM %.1f ms, PostgreSQL %.1f ms\n", j * 1000 / t / n, p * 1000 / t / n }'
done
done
echo "load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"

# The plans behind the figures (same SQL as ProgrammePortfolio.search and PortfolioOverview.budget).
region=$(psql -h localhost -p "$DB_PORT" -U postgres -d postgres -At \
  -c "select region_id from masterplan where id = $plan")
psql -h localhost -p "$DB_PORT" -U postgres -d postgres > "$DATA/explain.txt" 2>&1 <<SQL
\echo '== catalogue count'
explain (analyze, buffers) select count(*) from programme p
  where p.region_id = $region and p.masterplan_id = $plan;
\echo '== catalogue page (sorted by code)'
explain (analyze, buffers) select p.id, p.code, p.name,
  coalesce((select sum(b.amount) from budget_line b where b.programme_id = p.id), 0) as total_budget
  from programme p where p.region_id = $region and p.masterplan_id = $plan
  order by lower(p.code) limit 20 offset 0;
\echo '== filtered full-text search'
explain (analyze, buffers) select p.id, p.code
  from programme p where p.region_id = $region and p.masterplan_id = $plan
  and (p.search @@ (websearch_to_tsquery('indonesian', 'sampah')
    || websearch_to_tsquery('english', 'sampah'))
    or lower(p.code) like '%sampah%' or lower(p.name) like '%sampah%')
  and p.dimension_code = 'ENVIRONMENT'
  order by lower(p.code) limit 20 offset 0;
\echo '== quick-win spread (catalogue page)'
explain (analyze, buffers) select dimension_code from programme
  where region_id = $region and masterplan_id = $plan and quick_win and status <> 'CANCELLED';
\echo '== budget summary'
explain (analyze, buffers) select p.dimension_code, b.year, b.source_code, sum(b.amount)
  from budget_line b join programme p on p.id = b.programme_id
  where p.region_id = $region and p.masterplan_id = $plan and p.status <> 'CANCELLED'
  group by p.dimension_code, b.year, b.source_code;
SQL
echo "query plans: $DATA/explain.txt"
