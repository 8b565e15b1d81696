#!/usr/bin/env bash
# What a translation unit costs to compile, in processor (user) seconds, which a loaded machine
# inflates far less than the wall clock: one TU per umbrella header, header-only; the
# dependencies alone (Spirit X3, Boost.Multiprecision and the other Boost headers, and every
# standard header the umbrella header reaches); a program using the reconcile API through the
# full headers, header-only and with FACTREC_COMPILED; and a program using <factrec/compiled.hpp>.
#
#   bench/compile_time.sh            print the table (best of FACTREC_COMPILE_RUNS runs, default 1)
#   bench/compile_time.sh --check    also compare with bench/compile_budgets.txt; exit 1 when a
#                                    TU takes more than its budget plus 25%
#
# CXX (g++) and CXXFLAGS (-std=c++20 -O2) choose the compiler; the budgets are for g++ 12 -O2.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

check=0
[[ ${1:-} == --check ]] && check=1
cxx=${CXX:-g++}
read -r -a flags <<<"${CXXFLAGS:--std=c++20 -O2}"
runs=${FACTREC_COMPILE_RUNS:-1}
budgets=bench/compile_budgets.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

# Every standard header the umbrella header reaches, and the Boost headers it includes itself.
deps_tu() {
    local headers
    headers=$("$cxx" "${flags[@]}" -Iinclude -M -x c++ - <<<'#include <factrec/factrec.hpp>' |
        tr ' \\' '\n\n' | grep '^include/factrec/' | sort -u)
    # shellcheck disable=SC2086
    grep -hoE '^#include <([a-z_]+|boost/[a-z0-9_/]+\.hpp)>' $headers | sort -u
}

# Best user time of `runs` compilations of one TU (a file), extra flags after the file.
measure() {
    local file=$1 best='' t
    shift
    for ((i = 0; i < runs; i++)); do
        t=$({ /usr/bin/time -f '%U' "$cxx" "${flags[@]}" -Iinclude "$@" -c "$file" -o /dev/null; } 2>&1 | tail -1)
        [[ $t =~ ^[0-9.]+$ ]] || { echo "compile_time: $file did not compile: $t" >&2; return 1; }
        if [[ -z $best ]] || awk "BEGIN { exit !($t < $best) }"; then best=$t; fi
    done
    echo "$best"
}

declare -A seconds
names=()
add() {
    local name=$1
    shift
    seconds[$name]=$(measure "$@")
    names+=("$name")
}

deps_tu >"$work/deps.cpp"
# The first compilation reads every header from disk; measured cold, the dependencies alone came
# out as much as 40% slower than warm and made every ratio to them look better than it is.
"$cxx" "${flags[@]}" -Iinclude -c "$work/deps.cpp" -o /dev/null
add dependencies-alone "$work/deps.cpp"
for h in core parse model solve reconcile report suggest factrec; do
    echo "#include <factrec/$h.hpp>" >"$work/$h.cpp"
    add "$h.hpp" "$work/$h.cpp"
done
add reconcile-api-header-only bench/compile_time/reconcile_api.cpp
add reconcile-api-compiled bench/compile_time/reconcile_api.cpp -DFACTREC_COMPILED
add compiled.hpp-program examples/compiled_reconcile.cpp -DFACTREC_COMPILED

status=0
printf '%-28s %9s %9s  %s\n' "translation unit" "user s" "budget" ""
for name in "${names[@]}"; do
    budget=$(awk -v n="$name" '$1 == n { print $2 }' "$budgets" 2>/dev/null || true)
    verdict=''
    if ((check)); then
        if [[ -z $budget ]]; then
            verdict='NO BUDGET'
            status=1
        elif awk "BEGIN { exit !(${seconds[$name]} > 1.25 * $budget) }"; then
            verdict='OVER (more than 25% above budget)'
            status=1
        fi
    fi
    printf '%-28s %9s %9s  %s\n' "$name" "${seconds[$name]}" "${budget:--}" "$verdict"
done
awk -v u="${seconds[factrec.hpp]}" -v d="${seconds[dependencies-alone]}" \
    'BEGIN { printf "umbrella / dependencies alone: %.2f (the issue aims at 2)\n", u / d }'
uptime_text=$(uptime)
echo "load:${uptime_text##*load}, $(nproc) cores, $("$cxx" --version | head -1)"
exit $status
