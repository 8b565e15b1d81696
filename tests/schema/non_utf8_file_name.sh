#!/usr/bin/env bash
# A file name with a byte that is not UTF-8 (0xFF): scan and reconcile write valid JSON that
# matches the schemas, show the byte as U+FFFD, and warn on standard error.
#   non_utf8_file_name.sh FACTREC PYTHON CHECK_JSON SCHEMA_DIR VERSION JAPAN_DEAL_DIR
set -euo pipefail
factrec=$1 python=$2 check=$3 schemas=$4 version=$5 story=$6
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
name="$work/ledger-$(printf '\377').txt"
cp "$story/harbor_ledger.txt" "$name"
# The facts file names every source of the story: the other articles come too.
others=()
for article in "$story"/*.txt; do
    [ "$(basename "$article")" = harbor_ledger.txt ] || others+=("$article")
done

"$factrec" scan --format json "$name" >"$work/scan.json" 2>"$work/scan.err"
grep -q "factrec scan: warning: the file name '.*ledger-.*' is not UTF-8 (byte [0-9]*)" "$work/scan.err" ||
    { echo "scan gave no warning:"; cat "$work/scan.err"; exit 1; }
grep -q "ledger-$(printf '\357\277\275').txt" "$work/scan.json" ||
    { echo "scan JSON does not show U+FFFD"; exit 1; }
"$python" "$check" --schemas "$schemas" --kind scan --version "$version" --file "$work/scan.json"

status=0
"$factrec" reconcile --format json --facts "$story/deal.facts" "${others[@]}" "$name" >"$work/reconcile.json" 2>"$work/reconcile.err" || status=$?
[ "$status" -le 1 ] || { echo "reconcile exit $status:"; cat "$work/reconcile.err"; exit 1; }
grep -q "factrec reconcile: warning: the file name '.*' is not UTF-8" "$work/reconcile.err" ||
    { echo "reconcile gave no warning:"; cat "$work/reconcile.err"; exit 1; }
grep -q "ledger-$(printf '\357\277\275').txt" "$work/reconcile.json" || { echo "reconcile JSON does not show U+FFFD"; exit 1; }
"$python" "$check" --schemas "$schemas" --kind reconcile --version "$version" --file "$work/reconcile.json"
echo "non-UTF-8 file names checked"
