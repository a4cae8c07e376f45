#!/usr/bin/env bash
# Scale targets on synthetic corpora: fit/index time and heap, single-query p50/p99 (k=10) with bytes per query,
# and all-pairs top-10 on 2 threads with a time budget (stopped and extrapolated when over; see ScaleRun).
# A JFR recording of each run goes to bench/results/jfr/ (not committed). HEAP (default 8g, the target) sets -Xmx;
# SUFFIX names the result file bench/results/scale-CORPUS$SUFFIX.json. The JVM's default collector (G1): with
# ParallelGC the old generation is capped at 2/3 of the heap, and a million articles do not fit in 8 GB.
#   bench/run-scale.sh [BUDGET_SECONDS] [CORPUS...]      default: 600 synthetic-100k synthetic-1m
#   HEAP=18g SUFFIX=-heap18g bench/run-scale.sh 600 synthetic-1m
set -euo pipefail
cd "$(dirname "$0")/.."
export LC_ALL=C.UTF-8
budget=${1:-600}; shift || true
corpora=${*:-synthetic-100k synthetic-1m}
[ -f bench/target/benchmarks.jar ] || mvn -q -DskipTests package
mkdir -p bench/results/jfr
for c in $corpora; do
  /usr/bin/time -f "MAXRSS_KB %M" java -Xms${HEAP:-8g} -Xmx${HEAP:-8g} \
    -XX:StartFlightRecording=filename=bench/results/jfr/$c${SUFFIX:-}.jfr,settings=profile \
    -cp bench/target/benchmarks.jar io.kindred.bench.scale.ScaleRun --corpus "$c" --threads 2 \
    --budget-s "$budget" --out "bench/results/scale-$c${SUFFIX:-}.json" || echo "scale run of $c failed (see its JSON)"
done
java -cp bench/target/benchmarks.jar io.kindred.bench.peers.Report bench/results bench/RESULTS.md
