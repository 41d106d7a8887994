#!/usr/bin/env bash
# Load test of the WebSocket API (docs/performance.md, "WebSocket API under load"): builds
# lts_apiload and the application in BUILD_DIR, then runs the test RUNS times. Each run starts
# the application with 10 drives, one of them syncing, and has 64 clients send ListDrives,
# GetStatus and Hello as fast as they are answered; it prints a Markdown table per run.
#
#   tests/bench/apiload.sh [BUILD_DIR] [lts_apiload options ...]     (--help lists them)
# Environment: BENCH_DIR (default /var/tmp/lts-bench): the Sync drive's tree of 150,000 files
# is made there once and kept; RUNS (default 3).
#
# Measure a Release build: a Debug one is several times slower and says little.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build-rel}
shift || true
work=${BENCH_DIR:-/var/tmp/lts-bench}
runs=${RUNS:-3}

if [[ ! -f $build/CMakeCache.txt ]]; then
    cmake -S "$here/../.." -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLTS_BUILD_TESTS=ON
fi
if grep -q '^LTS_BUILD_TESTS:BOOL=OFF' "$build/CMakeCache.txt"; then
    echo "apiload: $build is configured without the tests, where lts_apiload is;" \
        "run: cmake $build -DLTS_BUILD_TESTS=ON" >&2
    exit 2
fi
if ! grep -q '^CMAKE_BUILD_TYPE:STRING=Release' "$build/CMakeCache.txt"; then
    echo "apiload: warning: $build is not a Release build; its numbers say little" >&2
fi
cmake --build "$build" --target lts_apiload letthatsyncin

mkdir -p "$work"
status=0
for run in $(seq "$runs"); do
    echo "## Run $run of $runs, $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
    "$build/tests/bench/lts_apiload" --app "$build/app/letthatsyncin" --tree "$work/apiload" "$@" \
        || status=$?
    echo
done
exit "$status"
