#!/usr/bin/env bash
# The smallest heap (-Xms = -Xmx, in steps of STEP MiB, default 128) in which ScaleRun fits and indexes a synthetic
# corpus (--no-allpairs, 20 queries), with the JVM's default collector (G1): a bisection between LO and HI MiB, one
# JVM per probe. Writes bench/results/min-heap-CORPUS.json (each probe, the bound) and re-renders bench/RESULTS.md.
#   bench/run-min-heap.sh CORPUS LO HI        e.g. bench/run-min-heap.sh synthetic-1m 4096 8192
set -euo pipefail
cd "$(dirname "$0")/.."
export LC_ALL=C.UTF-8
corpus=$1; lo=$2; hi=$3; step=${STEP:-128}
[ -f bench/target/benchmarks.jar ] || mvn -q -DskipTests package
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
probes=""
while [ $((hi - lo)) -gt "$step" ]; do
  mid=$(( (lo + hi) / 2 / step * step ))
  if java -Xms${mid}m -Xmx${mid}m -cp bench/target/benchmarks.jar io.kindred.bench.scale.ScaleRun \
       --corpus "$corpus" --threads 2 --no-allpairs --queries 20 --out "$work/probe.json" > "$work/log" 2>&1; then
    hi=$mid; ok=true
  else
    lo=$mid; ok=false
  fi
  echo "heap $mid MiB: $([ $ok = true ] && echo completed || echo failed)" >&2
  probes="$probes${probes:+,}{\"heap_mib\": $mid, \"completed\": $ok}"
done
git=$(git rev-parse --short HEAD 2>/dev/null || echo "?")
cat > "bench/results/min-heap-$corpus.json" <<JSON
{"corpus": "$corpus", "git": "$git", "date": "$(date -u +%Y-%m-%dT%H:%M:%SZ)", "collector": "G1 (default)",
 "threads": 2, "smallest_completed_mib": $hi, "largest_failed_mib": $lo, "probes": [$probes]}
JSON
java -cp bench/target/benchmarks.jar io.kindred.bench.peers.Report bench/results bench/RESULTS.md
