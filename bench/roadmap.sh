#!/usr/bin/env bash
# The roadmap optimisation engine (CP-SAT) on seeded, realistic instances of 50-300 programmes over
# 10 years (id.rancang.roadmap.rules.bench.RoadmapInstances): time to a proven optimum, or the gap
# reached at 10 s and 30 s, the value over the greedy schedule, and the alternatives (CP-SAT's
# default portfolio, no greedy hint, aggregated precedence) at 10 s. 2 workers. No database, no
# server. A full run takes about 10-15 minutes on 2 cores.
# Usage: bench/roadmap.sh [--sizes 50,100,150,300] [--seeds 1,2,3] [--compare 150,300]
#        [--compare-seeds 1,2]
# BENCH_BUILD_DIR (default target) is Maven's build directory, as -Dbuild.dir.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="${BENCH_BUILD_DIR:-target}"
OUT="$BUILD/bench-roadmap"
mkdir -p "$OUT"

# Maven quietly (its log in $OUT/build.log), offline first, as the other bench scripts do.
maven() {
  mvn -q -B -o "$@" >"$OUT/build.log" 2>&1 || mvn -q -B "$@" >"$OUT/build.log" 2>&1 \
    || { cat "$OUT/build.log"; exit 1; }
}
maven test-compile -Dbuild.dir="$BUILD" -Dspotless.check.skip=true
maven dependency:build-classpath -Dbuild.dir="$BUILD" -Dmdep.outputFile="$OUT/classpath.txt" \
  -Dmdep.includeScope=test
CP="$BUILD/classes:$BUILD/test-classes:$(cat "$OUT/classpath.txt")"

echo "== $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
java -cp "$CP" id.rancang.roadmap.rules.bench.RoadmapBenchmark "$@" | tee "$OUT/result.txt"
echo "== load average at the end $(cut -d' ' -f1-3 /proc/loadavg) (also in $OUT/result.txt)"
