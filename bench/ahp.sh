#!/usr/bin/env bash
# The prioritisation engine with JMH: aggregation of 200 evaluators x 9 criteria (each evaluator's
# priorities, AIJ, AIP, consensus, per group), ranking of 500 programmes x 9 criteria (weighted sum,
# TOPSIS, sensitivity), one weight slider move, and one evaluator's 9 x 9 matrix. Prints the average
# time per operation. No database, no server.
# Usage: bench/ahp.sh [JMH options], e.g. bench/ahp.sh -f 2 -i 10, or a benchmark name pattern.
# BENCH_BUILD_DIR (default target) is Maven's build directory, as -Dbuild.dir.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="${BENCH_BUILD_DIR:-target}"
OUT="$BUILD/bench-ahp"
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

# The build runs no annotation processor (pom.xml, <proc>none</proc>), so JMH's harness for the
# benchmark is generated and compiled here, apart from the build's classes.
rm -rf "$OUT/classes" "$OUT/generated"
mkdir -p "$OUT/classes" "$OUT/generated"
javac --release 17 -nowarn -cp "$CP" -processorpath "$CP" \
  -processor org.openjdk.jmh.generators.BenchmarkProcessor \
  -d "$OUT/classes" -s "$OUT/generated" \
  src/test/java/id/rancang/prioritisation/rules/PrioritisationBenchmark.java

echo "== $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
java -cp "$OUT/classes:$CP" org.openjdk.jmh.Main -rf text -rff "$OUT/result.txt" "$@"
echo "== summary (also in $OUT/result.txt)"
cat "$OUT/result.txt"
