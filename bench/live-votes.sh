#!/usr/bin/env bash
# Live session figures: 300 participants voting at once on a live question (throughput, latency
# p50/p90/p99, exact final counts) and the delay until a projector stream sees a vote, on the
# same instance and on a second Rancang instance sharing the database (LISTEN/NOTIFY).
# Instance A runs the embedded PostgreSQL (Kabupaten Tegal demo); instance B uses it as an
# external database. Traffic goes to localhost only; every loop is bounded.
# Usage: bench/live-votes.sh [participants, default 300] [votes each, default 3] [probes, default 50]
set -euo pipefail
cd "$(dirname "$0")/.."
PARTICIPANTS="${1:-300}"
CHOICES="${2:-3}"
PROBES="${3:-50}"
PORT_A="${BENCH_PORT:-8099}"
PORT_B=$((PORT_A + 1))
PG_PORT="${BENCH_PG_PORT:-15433}"
DATA="$(pwd)/bench/.data-live"
OUT=target/bench-live
mkdir -p "$OUT"

mvn -B -q -DskipTests package
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=test >/dev/null 2>&1 \
  || mvn -q -B dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=test >/dev/null
JAR=$(ls target/rancang-*.jar | grep -v plain | head -1)
rm -rf "$DATA"
mkdir -p "$DATA"

wait_ready() {
  for _ in $(seq 1 600); do
    if curl -fs "http://localhost:$1/actuator/health/readiness" > /dev/null 2>&1; then
      return
    fi
    sleep 0.2
  done
  echo "instance on port $1 not ready after 120 s" >&2
  exit 1
}

RANCANG_DATA_DIR="$DATA" RANCANG_DEMO=true PORT="$PORT_A" RANCANG_EMBEDDED_DB_PORT="$PG_PORT" \
  RANCANG_SECURE_COOKIES=false java -jar "$JAR" > "$DATA/a.log" 2>&1 &
pid_a=$!
trap 'kill $pid_a ${pid_b:-} 2>/dev/null || true' EXIT
wait_ready "$PORT_A"
RANCANG_DATA_DIR="$DATA/b" RANCANG_DB_URL="jdbc:postgresql://localhost:$PG_PORT/postgres" \
  RANCANG_DB_USER=postgres PORT="$PORT_B" RANCANG_SECURE_COOKIES=false \
  java -jar "$JAR" > "$DATA/b.log" 2>&1 &
pid_b=$!
wait_ready "$PORT_B"

echo "== Rancang live session figures ($(date -u +%Y-%m-%d), $(nproc) cores, two instances, one database)"
java -cp "target/test-classes:target/classes:$(cat "$OUT/classpath.txt")" id.rancang.workshop.LiveVoteBenchmark \
  "http://localhost:$PORT_A" "http://localhost:$PORT_B" "$PARTICIPANTS" "$CHOICES" "$PROBES"
