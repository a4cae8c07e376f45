#!/usr/bin/env bash
# The live index's targets (issue 16) on synthetic corpora: build, stored and unstored lists, upserts, deletes,
# commit, refit, then a fresh JVM that opens the committed index (see io.kindred.bench.scale.LiveRun). Each phase stops
# at its count or PHASE_BUDGET seconds (default 180). Results: bench/results/live-SIZE.json and live-open-SIZE.json;
# the index is built in a temporary folder, deleted at the end. A size written search-SIZE (e.g. search-1m) builds no
# live index: it measures the unstored list and the search index rebuild at that size (live-search-SIZE.json).
# HEAP (default 8g, the target) sets -Xms and -Xmx; JAR overrides bench/target/benchmarks.jar.
#   bench/run-live.sh [SIZE...]      default: 10k 100k search-1m
set -euo pipefail
cd "$(dirname "$0")/.."
export LC_ALL=C.UTF-8
sizes=${*:-10k 100k search-1m}
jar=${JAR:-bench/target/benchmarks.jar}
[ -f "$jar" ] || mvn -q -DskipTests package
java=(java -Xms${HEAP:-8g} -Xmx${HEAP:-8g} -cp "$jar" io.kindred.bench.scale.LiveRun)
for size in $sizes; do
  if [[ $size == search-* ]]; then
    "${java[@]}" --search-only --size "${size#search-}" --phase-budget-s "${PHASE_BUDGET:-180}" \
      --out "bench/results/live-search-${size#search-}.json"
    continue
  fi
  dir=$(mktemp -d -t kindred-live-XXXXXX)
  rmdir "$dir"
  "${java[@]}" --size "$size" --dir "$dir" --phase-budget-s "${PHASE_BUDGET:-180}" \
    --out "bench/results/live-$size.json"
  "${java[@]}" --open "$dir" --out "bench/results/live-open-$size.json"
  rm -rf "$dir"
done
java -cp "$jar" io.kindred.bench.peers.Report bench/results bench/RESULTS.md
