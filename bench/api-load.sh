#!/usr/bin/env bash
# Load figures for Rancang on this machine: start-up time, idle memory, import of 300 OPD and
# request throughput/latency of the API under wrk. Traffic goes to localhost only, and every loop
# here is bounded in count and time. Usage: bench/api-load.sh [seconds-per-run, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-20}"
PORT="${BENCH_PORT:-8099}"
DATA="$(pwd)/bench/.data"
BASE="http://localhost:$PORT"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }

mvn -B -q -DskipTests package
JAR=$(ls target/rancang-*.jar | grep -v plain | head -1)
rm -rf "$DATA"
mkdir -p "$DATA"

run() {
  RANCANG_DATA_DIR="$DATA" RANCANG_DEMO=true PORT="$PORT" RANCANG_SECURE_COOKIES=false \
    java -jar "$JAR" > "$DATA/rancang-$1.log" 2>&1 &
  echo $!
}

wait_ready() {
  local start=$1
  for _ in $(seq 1 600); do
    if curl -fs "$BASE/actuator/health/readiness" > /dev/null 2>&1; then
      echo $(( $(date +%s%N) / 1000000 - start ))
      return
    fi
    sleep 0.2
  done
  echo "not ready after 120 s" >&2
  exit 1
}

start=$(( $(date +%s%N) / 1000000 ))
pid=$(run cold)
cold=$(wait_ready "$start")
kill "$pid"; wait "$pid" 2>/dev/null || true

start=$(( $(date +%s%N) / 1000000 ))
pid=$(run warm)
trap 'kill $pid 2>/dev/null || true' EXIT
warm=$(wait_ready "$start")
sleep 15
rss_kb=$(ps -o rss= -p "$pid" | tr -d ' ')

token=$(curl -fs -H 'Content-Type: application/json' \
  -d '{"email":"editor@tegalkab.demo","password":"rancang-demo-2024"}' \
  "$BASE/api/v1/auth/token" | sed 's/.*"token":"\([^"]*\)".*/\1/')

csv="$DATA/opd.csv"
echo "nama,singkatan,kepala" > "$csv"
for i in $(seq 1 300); do echo "Unit Pelaksana Teknis $i,UPT$i,Kepala UPT $i" >> "$csv"; done
import_ms=$(curl -fs -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" \
  -F "file=@$csv;type=text/csv" "$BASE/api/v1/regions/33.28/opds/import")

echo "== Rancang load figures ($(date -u +%Y-%m-%d), $(nproc) cores) =="
echo "start to ready, cold (empty data dir, migrations + demo): ${cold} ms"
echo "start to ready, warm (existing data dir): ${warm} ms"
echo "resident memory 15 s after ready: $(( rss_kb / 1024 )) MiB"
echo "import of 300 OPD rows (CSV, all-or-nothing): ${import_ms} s"
for path in "/api/v1/regions/33.28/opds?size=20" "/api/v1/regions/33.28/opds?q=upt+29&size=20" "/api/v1/regions/33.28"; do
  echo "-- GET $path, 2 threads, 16 connections, ${DURATION}s"
  wrk -t2 -c16 -d"${DURATION}s" --latency -H "Authorization: Bearer $token" "$BASE$path" \
    | grep -E 'Requests/sec|Latency|50%|99%|Non-2xx'
done
