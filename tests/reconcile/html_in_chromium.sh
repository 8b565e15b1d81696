#!/usr/bin/env bash
# Opens the demo's HTML report in headless Chromium, which runs no script of the page's (there is
# none), and checks the DOM Chromium built from it: no console errors, no <script>, the sections
# of the text report in its order, a row per fact, a focusable mark and a table row per claim, a
# ticked axis per unit, a legend entry per source, conflicts marked by a pattern and a cross; then
# takes a screenshot and checks that it was drawn. Usage: html_in_chromium.sh FACTREC CHROMIUM SOURCE_DIR
set -euo pipefail
factrec=$1 chromium=$2 source_dir=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
demo="$source_dir/examples/japan_deal"
status=0
"$factrec" reconcile --facts "$demo/deal.facts" --format html -o "$work/report.html" "$demo"/*.txt || status=$?
[ "$status" -le 1 ] || { echo "factrec reconcile failed with $status"; exit 1; }
status=0
"$factrec" reconcile --facts "$demo/deal.facts" "$demo"/*.txt > "$work/report.txt" || status=$?
[ "$status" -le 1 ] || { echo "factrec reconcile (text) failed with $status"; exit 1; }

facts=$(grep -c '^fact ' "$demo/deal.facts")
claims=$(head -n 1 "$work/report.txt" | sed -E 's/.* ([0-9]+) claims?,.*/\1/')
sources=$(grep -h '^source: ' "$demo"/*.txt | sort -u | wc -l)
units=$(grep -E '^fact ' "$demo/deal.facts" | sed -E 's/.* unit ([^ ]+).*/\1/' | sort -u | wc -l)
# The text report's sections in its order, as the HTML report's section ids.
text_sections=$(awk '
  /^CONFLICTS$/ {print "conflicts"} /^SET ASIDE/ {print "set-aside"} /^REPAIRS OF EQUAL COST/ {print "repairs"}
  /^READING$/ {print "reading"} /^FACTS: / {print "facts"} /: one value per date\)$/ && !series++ {print "series"}
  /^FIGURES NO FACT TOOK/ {print "unbound"} /^WARNINGS$/ {print "warnings"} /^NOTES$/ {print "notes"}' "$work/report.txt")
text_sections=$(printf 'verdict\n%s' "$text_sections")

flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --user-data-dir="$work/profile" --enable-logging=stderr --v=0)
timeout 120 "$chromium" "${flags[@]}" --dump-dom "file://$work/report.html" > "$work/dom.html" 2> "$work/console.log"
timeout 120 "$chromium" "${flags[@]}" --window-size=1280,900 --screenshot="$work/shot.png" \
  "file://$work/report.html" > /dev/null 2>> "$work/console.log"

count() { grep -o "$1" "$work/dom.html" | wc -l; }
problems=0
expect() { # name, found, wanted
  if [ "$2" = "$3" ]; then echo "$1: $2"; else echo "$1: $2, expected $3"; problems=$((problems + 1)); fi
}
at_least() {
  if [ "$2" -ge "$3" ]; then echo "$1: $2"; else echo "$1: $2, expected at least $3"; problems=$((problems + 1)); fi
}
dom_sections=$(grep -o '<section id="[a-z-]*"' "$work/dom.html" | sed -E 's/.*"(.*)"/\1/')
expect "sections" "$(echo $dom_sections)" "$(echo $text_sections)"
expect "scripts" "$(count '<script')" 0
expect "fact rows" "$(count '<g class="fact-row')" "$facts"
expect "focusable claims" "$(count '<g class="claim[^"]*" data-claim="[^"]*" tabindex="0"')" "$claims"
expect "claims with a quote shown on focus" "$(count '<text class="tip"')" "$claims"
expect "table rows" "$(count '<tr data-claim=')" "$claims"
expect "unit charts" "$(count '<figure class="unit-chart"')" "$units"
at_least "ticks" "$(count '<g class="tick">')" $((2 * units))
expect "legend entries" "$(count '<li class="source')" "$sources"
conflicted=$(count '<g class="claim conflicted')
at_least "claims in conflict" "$conflicted" 1
expect "hatched conflicts" "$(count 'fill="url(#conflict-hatch)"')" "$conflicted"
expect "crossed conflicts" "$(count '<text class="conflict-mark"')" "$conflicted"
# A PNG of the whole window: more than a blank page compresses to.
shot_size=$(stat -c %s "$work/shot.png" 2> /dev/null || echo 0)
at_least "screenshot bytes" "$shot_size" 20000
# The page logs nothing itself, so any console line is an error or a warning worth failing on.
if grep -E 'CONSOLE|Uncaught' "$work/console.log"; then
  echo "console messages while rendering the report"; exit 1
fi
[ "$problems" = 0 ] || { echo "$problems checks failed"; exit 1; }
echo "html report renders in Chromium"
