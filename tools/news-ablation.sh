#!/usr/bin/env bash
# How the news preset was chosen, reproducibly: precision@10 of category agreement (kindred evaluate) of the
# news preset and of variants that each change one of its choices, on the labelled corpora of ../shared.
# Writes a Markdown table on standard output. Usage (after mvn -q -DskipTests package):
#   tools/news-ablation.sh [SHARED_DIR] > docs/news-preset.md.part
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-../shared}
jar=cli/target/kindred.jar
corpora=(bbc-news ag-news-test doj-press-releases 20newsgroups-bydate)
variants=(
  "news preset|"
  "no latent re-ranking|--latent-dims 0"
  "latent re-ranking, 200 dimensions|--latent-dims 200"
  "latent weight 0.5|--latent-weight 0.5"
  "no feedback|--feedback none"
  "one feedback round (5)|--feedback 5"
  "no bigrams|--ngram 1,1"
  "bigrams, words counted once|--word-weight 1"
  "Porter stemming|--stemmer porter"
  "no stop words|--stop-words none"
  "BM25 (k1 1.2, b 0.75)|--weighting bm25"
  "title weight 2|--field-weights title=2,body=1"
  "min_df 1|--min-df 1"
  "max_df 1.0|--max-df 1.0"
  "scikit-learn analysis, same weighting|--analyzer sklearn --ngram 1,1"
  "best scikit-learn peer|--preset sklearn --stop-words english --sublinear-tf --max-df 0.5"
)
printf '| variant |'; for c in "${corpora[@]}"; do printf ' %s |' "$c"; done; printf '\n|---|'
for c in "${corpora[@]}"; do printf -- '---:|'; done; printf '\n'
for v in "${variants[@]}"; do
  name=${v%%|*}; opts=${v#*|}
  printf '| %s |' "$name"
  for c in "${corpora[@]}"; do
    # shellcheck disable=SC2086 # the options are words
    p=$(java -jar "$jar" evaluate -i "$shared/corpora/$c/articles.jsonl.gz" --format json --quiet $opts \
      | python3 -c 'import json,sys; print("%.4f" % json.load(sys.stdin)["precision_at_k"])')
    printf ' %s |' "$p"
  done
  printf '\n'
done
