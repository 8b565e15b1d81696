#!/usr/bin/env bash
# Opens the demo's HTML report in headless Chromium: no console errors, one row per fact and
# one bar per claim in the rendered page. Usage: html_in_chromium.sh FACTREC CHROMIUM SOURCE_DIR
set -euo pipefail
factrec=$1 chromium=$2 source_dir=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
demo="$source_dir/examples/japan_deal"
status=0
"$factrec" reconcile --facts "$demo/deal.facts" --format html -o "$work/report.html" "$demo"/*.txt || status=$?
[ "$status" -le 1 ] || { echo "factrec reconcile failed with $status"; exit 1; }
facts=$(grep -c '^fact ' "$demo/deal.facts")
claims=$("$factrec" reconcile --facts "$demo/deal.facts" --single-reading "$demo"/*.txt | head -n 1 | sed -E 's/.* ([0-9]+) claims.*/\1/') || true
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --user-data-dir="$work/profile" --enable-logging=stderr --v=0)
timeout 120 "$chromium" "${flags[@]}" --dump-dom "file://$work/report.html" > "$work/dom.html" 2> "$work/console.log"
rows=$(grep -o 'data-rendered-rows="[0-9]*"' "$work/dom.html" | grep -o '[0-9]*' || true)
bars=$(grep -o 'data-rendered-bars="[0-9]*"' "$work/dom.html" | grep -o '[0-9]*' || true)
echo "rendered rows: ${rows:-none} (facts: $facts), bars: ${bars:-none} (claims: $claims)"
# The page logs nothing itself, so any console line is an error or a warning worth failing on.
if grep -E 'CONSOLE|Uncaught' "$work/console.log"; then
  echo "console messages while rendering the report"; exit 1
fi
[ "$rows" = "$facts" ] && [ "$bars" = "$claims" ] || { echo "rows or bars do not match"; exit 1; }
echo "html report renders in Chromium"
