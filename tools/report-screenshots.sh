#!/usr/bin/env bash
# The screenshots of kindred evaluate's HTML report in the README: the news preset against scikit-learn's defaults
# on BBC News and DOJ press releases, rendered by headless Chromium. Per corpus two PNGs under docs/: the top of the
# report (metrics, settings that differ, score distributions, precision@10 per label, the first best lists) and the
# worst lists. Installs Chromium and pngquant (Debian packages; needs root) when missing; pngquant shrinks the PNGs.
# Usage (after mvn -B -o -q -DskipTests package; the DOJ run takes a minute or two):
#   tools/report-screenshots.sh [SHARED_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-../shared}
jar=cli/target/kindred.jar
for tool in chromium pngquant; do
  command -v "$tool" >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$tool" >/dev/null
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Headless Chromium shows the top of a page only (scrolled to an #anchor, it draws a blank page): the worst lists are
# shown by a copy of the report whose sections before them are hidden.
worst_only='body>:not(#examples):not(#examples~*),#lengths,#lengths~*,#best,#best~.example{display:none}'
worst_only+=' #worst~.example{display:block}'

# shot HTML PNG HEIGHT: the top 1280 x HEIGHT pixels of HTML, as PNG
shot() {
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="1280,$3" \
    --screenshot="$work/shot.png" "file://$(realpath "$1")" 2>/dev/null >/dev/null
  pngquant --force --strip --quality=80-95 --output "$2" "$work/shot.png"
  echo "$2: $(stat -c %s "$2") bytes"
}

for corpus in bbc-news doj-press-releases; do
  java -jar "$jar" evaluate -i "$shared/corpora/$corpus/articles.jsonl.gz" --compare "--preset sklearn" \
    --report "$work/$corpus.html" -q >/dev/null
  shot "$work/$corpus.html" "docs/evaluate-report-$corpus.png" 2200
  sed "s|</head>|<style>$worst_only</style></head>|" "$work/$corpus.html" >"$work/$corpus-worst.html"
  shot "$work/$corpus-worst.html" "docs/evaluate-report-$corpus-worst.png" 1300
done
