#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) in build-fuzz/ and runs each one for
# SECONDS (default 60) over a copy of its seed corpus in fuzz/corpus/. Exits non-zero on any
# finding: a crash, an exception other than ModelError, a leak, a UBSan report, a timeout
# (10 s per input) or more than 2 GiB of memory. Reproducers go to fuzz/findings/ (not committed);
# replay one with build-fuzz/fuzz/TARGET fuzz/findings/FILE.
#
#   tools/dev/fuzz.sh [SECONDS] [TARGET…]     TARGET: onnx, keras, memplan or a full target name
#
# Needs clang and libclang-rt-14-dev (tools/dev/debian-packages.txt).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build="${MEMPLANNER_FUZZ_BUILD_DIR:-$root/build-fuzz}"
seconds="${1:-60}"
[ $# -gt 0 ] && shift
case "$seconds" in
    ''|*[!0-9]*) echo "usage: $0 [SECONDS] [onnx|keras|memplan…]" >&2; exit 2 ;;
esac

# target name, corpus folder (fuzz/corpus/NAME) and dictionary (fuzz/NAME.dict, when present)
all_targets="fuzz_onnx_import:onnx fuzz_keras_import:keras fuzz_memplan_project:memplan"
selected=""
if [ $# -eq 0 ]; then
    selected="$all_targets"
else
    for want in "$@"; do
        found=""
        for t in $all_targets; do
            if [ "$want" = "${t#*:}" ] || [ "$want" = "${t%%:*}" ]; then found="$t"; fi
        done
        [ -n "$found" ] || { echo "fuzz.sh: unknown target '$want'" >&2; exit 2; }
        selected="$selected $found"
    done
fi

if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER="${MEMPLANNER_FUZZ_CXX:-clang++}" \
        -DMEMPLANNER_FUZZ=ON -DMEMPLANNER_BUILD_TESTS=OFF
fi
targets=""
for t in $selected; do targets="$targets ${t%%:*}"; done
# shellcheck disable=SC2086
cmake --build "$build" --parallel "${MEMPLANNER_JOBS:-$(nproc)}" --target $targets

findings="$root/fuzz/findings"
mkdir -p "$findings"
work=$(mktemp -d "${TMPDIR:-/tmp}/memplanner-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Sanitizers: stop at the first report, with a symbolised stack.
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:symbolize=1}"
export QT_LOGGING_RULES="${QT_LOGGING_RULES:-*.debug=false}"

status=0
summary=""
for t in $selected; do
    target="${t%%:*}"
    name="${t#*:}"
    corpus="$work/$name"
    mkdir -p "$corpus"
    cp -R "$root/fuzz/corpus/$name/." "$corpus/"
    args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
          -artifact_prefix="$findings/$target-")
    [ -f "$root/fuzz/$name.dict" ] && args+=(-dict="$root/fuzz/$name.dict")
    log="$work/$target.log"
    echo "== $target: ${seconds} s over fuzz/corpus/$name ($(find "$corpus" -type f | wc -l) seeds)"
    rc=0
    "$build/fuzz/$target" "${args[@]}" "$corpus" >"$log" 2>&1 || rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    cov=$(sed -n 's/.*DONE *cov: \([0-9]*\) ft: \([0-9]*\).*/\1 edges, \2 features/p' "$log" | tail -n 1)
    if [ "$rc" -eq 0 ]; then
        line="$target: ok, ${runs:-?} runs, ${rate:-?} exec/s, coverage ${cov:-?}"
    else
        status=1
        kept="$findings/$target-$(date +%Y%m%d-%H%M%S).log"
        cp "$log" "$kept"
        log="$kept"
        line="$target: FINDING (exit $rc), log $log"
        # The sanitizer report, its stack and the reproducer's name are at the end.
        tail -n 80 "$log"
    fi
    echo "$line"
    summary="$summary$line"$'\n'
done

echo
echo "== fuzzing summary (${seconds} s per target)"
printf '%s' "$summary"
exit "$status"
