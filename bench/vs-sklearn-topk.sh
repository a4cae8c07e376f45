#!/usr/bin/env bash
# Whole processes side by side: the kindred CLI (--preset sklearn, all-pairs top-10, read to write, default threads)
# against ../shared/peers/sklearn_topk.py on the same file, alternating, same machine, same run; checks that the
# lists are identical (compare.py) and prints the wall times of each process and their ratio (medians).
#   bench/vs-sklearn-topk.sh [RUNS] [CORPUS...]      (default: 3 runs of 20newsgroups-bydate and doj-press-releases)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}; shift || true
corpora=("${@:-20newsgroups-bydate doj-press-releases}")
[ -f cli/target/kindred.jar ] || mvn -q -DskipTests package
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
seconds() { local s; s=$(date +%s.%N); "$@" > /dev/null 2>&1; echo "$(date +%s.%N) - $s" | bc; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
for corpus in ${corpora[*]}; do
  zcat "../shared/corpora/$corpus/articles.jsonl.gz" > "$work/in.jsonl"
  : > "$work/k"; : > "$work/s"
  for ((r = 1; r <= runs; r++)); do
    seconds java -jar cli/target/kindred.jar recommend --preset sklearn -i "$work/in.jsonl" -o "$work/kindred.jsonl" --quiet >> "$work/k"
    seconds /usr/bin/python3 ../shared/peers/sklearn_topk.py --input "$work/in.jsonl" --output "$work/sklearn.jsonl" >> "$work/s"
  done
  identical=$(/usr/bin/python3 ../shared/peers/compare.py "$work/sklearn.jsonl" "$work/kindred.jsonl" --json \
    | python3 -c 'import json,sys; d=next(iter(json.load(sys.stdin)["pairs"].values()))
print("identical lists %.4f, overlap@10 %.4f, max |score difference| %.1e" % (d["identical_lists"], d["overlap@k"], d["max_abs_dscore"]))')
  k=$(median < "$work/k"); s=$(median < "$work/s")
  printf '%s: kindred %.2f s [%s], scikit-learn %.2f s [%s], ratio %.1fx, %s runs, %s cores\n' "$corpus" "$k" \
    "$(paste -sd' ' "$work/k")" "$s" "$(paste -sd' ' "$work/s")" "$(echo "$s / $k" | bc -l)" "$runs" "$(nproc)"
  echo "  compare.py: $identical"
done
