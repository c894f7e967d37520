#!/bin/sh
# The instruction count of loading 1,000 generated clients (issue 13), so
# that a regression shows: callgrind counts instructions, which a busy
# machine does not change. Not run in CI (about a minute under valgrind);
# the figure is recorded in tests/bench/README.md.
#
# Usage: tests/bench/callgrind_load.sh BUILD_DIR [CLIENTS]
# Prints the total instructions (Ir) of `bench_load cp-load` and of
# `bench_load jansson-load` (the baseline), their ratio, and the functions
# that take most of the load's instructions (callgrind_annotate).
set -eu
build=${1:?usage: callgrind_load.sh BUILD_DIR [CLIENTS]}
n=${2:-1000}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$here/gen_caseload.py" --seed 13 "$n" "$work/caseload.json"
total() {
    valgrind --tool=callgrind --callgrind-out-file="$work/$1.out" \
        "$build/tests/bench/bench_load" "$1" "$work/caseload.json" >/dev/null 2>&1
    callgrind_annotate "$work/$1.out" 2>/dev/null |
        awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1; exit }'
}
cp_ir=$(total cp-load)
js_ir=$(total jansson-load)
echo "clients: $n ($(wc -c < "$work/caseload.json") bytes)"
echo "cp-load Ir: $cp_ir"
echo "jansson-load Ir: $js_ir"
awk -v a="$cp_ir" -v b="$js_ir" 'BEGIN { printf "ratio: %.2f\n", a / b }'
echo "top functions of cp-load:"
callgrind_annotate --inclusive=no "$work/cp-load.out" 2>/dev/null |
    awk '/^-+$/ { n++ } n >= 3 && NF' | sed -n '2,16p'
