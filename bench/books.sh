#!/usr/bin/env bash
# Buku 2 of a masterplan of 300 programmes and 1,200 actions: generation time of DOCX and PDF,
# peak heap, the smallest heap that still generates it, and LibreOffice headless converting the
# generated DOCX to PDF for comparison. Usage: bench/books.sh [programmes] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
PROGRAMMES="${1:-300}"
RUNS="${2:-5}"
OUT=target/bench-books
mkdir -p "$OUT"

mvn -q -B -o test-compile -Dspotless.check.skip=true 2>/dev/null || mvn -q -B test-compile -Dspotless.check.skip=true
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=test >/dev/null 2>&1 \
  || mvn -q -B dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat "$OUT/classpath.txt")"
MAIN=id.rancang.document.BookBenchmark

echo "== generation in one JVM (2 warm-up runs, then $RUNS measured), -Xmx1g"
for format in docx pdf; do
  java -Xmx1g -XX:+UseSerialGC -cp "$CP" "$MAIN" "$format" "$PROGRAMMES" 2 "$RUNS" "$OUT/buku-2.$format" 2>/dev/null \
    | grep '^format='
done

echo "== smallest heap (-Xmx) that still generates the book once"
for format in docx pdf; do
  smallest=""
  for mb in 48 64 96 128 192 256 384 512; do
    if java -Xmx${mb}m -XX:+UseSerialGC -cp "$CP" "$MAIN" "$format" "$PROGRAMMES" 0 1 "$OUT/min.$format" >/dev/null 2>&1; then
      smallest=$mb
      break
    fi
  done
  echo "format=$format smallest_xmx_mb=${smallest:-more than 512}"
done

echo "== LibreOffice headless converting the generated DOCX to PDF (fresh profile, $RUNS runs)"
if ! command -v soffice >/dev/null 2>&1; then
  echo "soffice not installed (apt-get install libreoffice-writer-nogui); skipped"
  exit 0
fi
PROFILE="$(mktemp -d)"
soffice -env:UserInstallation=file://"$PROFILE" --headless --convert-to pdf --outdir "$OUT/lo" "$OUT/buku-2.docx" >/dev/null 2>&1
times=()
for i in $(seq 1 "$RUNS"); do
  start=$(date +%s%N)
  soffice -env:UserInstallation=file://"$PROFILE" --headless --convert-to pdf --outdir "$OUT/lo" "$OUT/buku-2.docx" >/dev/null 2>&1
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
rm -rf "$PROFILE"
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "libreoffice_docx_to_pdf median_ms=${sorted[$(( ${#sorted[@]} / 2 ))]} best_ms=${sorted[0]} pdf_kb=$(( $(stat -c %s "$OUT/lo/buku-2.pdf") / 1024 ))"
