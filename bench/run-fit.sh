#!/usr/bin/env bash
# Re-fits the synthetic profiles to the real corpora (Nelder-Mead, fixed seed) and writes the fitted-vs-real table
# bench/results/synthetic-fit.md (also at 100k and 1M for the news profile). The fitted numbers printed here are
# the ones hard-coded in SyntheticCorpus.Profiles.
set -euo pipefail
cd "$(dirname "$0")/.."
export LC_ALL=C.UTF-8
[ -f bench/target/benchmarks.jar ] || mvn -q -DskipTests package
mkdir -p bench/results
if [ "${1:-}" = "--refit" ]; then
  for spec in "newsgroups 20newsgroups-bydate" "doj doj-press-releases" "agnews ag-news-test" \
              "news 20newsgroups-bydate doj-press-releases ag-news-test"; do
    java -Xmx8g -cp bench/target/benchmarks.jar io.kindred.bench.profiles.Fit $spec --iter 110
  done
fi
java -Xmx12g -cp bench/target/benchmarks.jar io.kindred.bench.profiles.FitTable > bench/results/synthetic-fit.md
java -cp bench/target/benchmarks.jar io.kindred.bench.peers.Report bench/results bench/RESULTS.md
