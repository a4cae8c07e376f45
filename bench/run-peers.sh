#!/usr/bin/env bash
# Side-by-side harness: kindred (in-process and through the CLI jar if built), scikit-learn (bench/peers/
# sklearn_allpairs.py), Lucene MoreLikeThis (default + English variant) and Smile, same corpus, same machine, one
# run; then renders bench/RESULTS.md. Run from anywhere; extra arguments go to the harness, e.g.
#   bench/run-peers.sh --runs 3 --corpora 20newsgroups-bydate,doj-press-releases
set -euo pipefail
cd "$(dirname "$0")/.."
export LC_ALL=C.UTF-8
[ -f bench/target/benchmarks.jar ] || mvn -q -DskipTests package
java -cp bench/target/benchmarks.jar io.kindred.bench.peers.Harness "$@"
java -cp bench/target/benchmarks.jar io.kindred.bench.peers.Report bench/results bench/RESULTS.md
