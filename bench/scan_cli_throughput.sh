#!/bin/sh
# `factrec scan --format jsonl` end to end, as a user runs it: the five seed articles, one
# after another as a paragraph each, repeated to 40 MB (as bench/scan_throughput.cpp repeats
# them), scanned into a file. Prints the best of three runs in MB/s of input.
#
#   scan_cli_throughput.sh FACTREC [SEEDS_DIR] [MEGABYTES]
#
# FACTREC is the built tool (build/default/examples/factrec); SEEDS_DIR defaults to
# ../shared/seeds beside the source tree. The input is made afresh on every run.
set -eu

tool=${1:?usage: scan_cli_throughput.sh FACTREC [SEEDS_DIR] [MEGABYTES]}
seeds=${2:-$(dirname "$0")/../../shared/seeds}
megabytes=${3:-40}
bytes=$((megabytes * 1000 * 1000))

if ! ls "$seeds"/*.txt >/dev/null 2>&1; then
    echo "scan_cli_throughput: no seed articles (*.txt) in '$seeds'; give their directory" >&2
    exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

# The articles joined by blank lines, then as many copies as reach the size, made by doubling.
for article in "$seeds"/*.txt; do
    cat "$article"
    printf '\n\n'
done >"$work/articles.txt"
size=$(wc -c <"$work/articles.txt")
copies=$(((bytes + size - 1) / size))
cp "$work/articles.txt" "$work/chunk.txt"
: >"$work/input.txt"
while [ "$copies" -gt 0 ]; do
    if [ $((copies % 2)) -eq 1 ]; then cat "$work/chunk.txt" >>"$work/input.txt"; fi
    copies=$((copies / 2))
    if [ "$copies" -gt 0 ]; then
        cat "$work/chunk.txt" "$work/chunk.txt" >"$work/chunk2.txt"
        mv "$work/chunk2.txt" "$work/chunk.txt"
    fi
done
input_bytes=$(wc -c <"$work/input.txt")

# The tool's processor time, user and system, as the subshell that runs it reports it: on a
# shared machine the wall clock also counts the time other programs had the processor.
run_once() {
    ("$tool" scan --format jsonl "$work/input.txt" >"$work/out.jsonl" && times) |
        awk 'NR == 2 { total = 0; for (i = 1; i <= 2; ++i) { split($i, t, "m"); total += t[1] * 60 + t[2] } print total }'
}

best=""
best_cpu=""
for round in 1 2 3; do
    start=$(date +%s%N)
    cpu=$(run_once)
    end=$(date +%s%N)
    [ -n "$cpu" ] || { echo "scan_cli_throughput: '$tool scan' failed" >&2; exit 1; }
    rate=$(awk -v b="$input_bytes" -v ns=$((end - start)) 'BEGIN { printf "%.1f", b / 1e6 / (ns / 1e9) }')
    cpu_rate=$(awk -v b="$input_bytes" -v s="$cpu" 'BEGIN { if (s <= 0) s = 0.001; printf "%.1f", b / 1e6 / s }')
    if [ -z "$best" ] || awk -v a="$rate" -v b="$best" 'BEGIN { exit !(a > b) }'; then best=$rate; fi
    if [ -z "$best_cpu" ] || awk -v a="$cpu_rate" -v b="$best_cpu" 'BEGIN { exit !(a > b) }'; then best_cpu=$cpu_rate; fi
done
mentions=$(wc -l <"$work/out.jsonl")
output_bytes=$(wc -c <"$work/out.jsonl")
awk -v b="$input_bytes" -v m="$mentions" -v o="$output_bytes" -v r="$best" -v c="$best_cpu" 'BEGIN {
    printf "factrec scan --format jsonl, the seed articles repeated: %.1f MB in, %d mentions, %.1f MB out, best of 3: %s MB/s (%s MB/s of processor time)\n", b / 1e6, m, o / 1e6, r, c
}'
