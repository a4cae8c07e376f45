#!/usr/bin/env bash
# JMH with the GC profiler, JSON results into bench/results/jmh-<name>.json, then re-renders bench/RESULTS.md.
#   bench/run-jmh.sh NAME [JMH options...]     e.g.
#   bench/run-jmh.sh query QueryBench -p corpus=20newsgroups-bydate,doj-press-releases,ag-news-test
#   bench/run-jmh.sh fit FitBench
#   bench/run-jmh.sh allpairs AllPairsBench
set -euo pipefail
cd "$(dirname "$0")/.."
export LC_ALL=C.UTF-8
name=$1; shift
[ -f bench/target/benchmarks.jar ] || mvn -q -DskipTests package
mkdir -p bench/results
java -jar bench/target/benchmarks.jar -prof gc -rf json -rff "bench/results/jmh-$name.json" "$@"
java -cp bench/target/benchmarks.jar io.kindred.bench.peers.Report bench/results bench/RESULTS.md
