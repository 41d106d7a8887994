#!/usr/bin/env bash
# Watch benchmark (issue 19): `letthatsyncin sync SOURCE TARGET --watch` on the small profile's
# 100,000 files (bench.sh's `small` tree), once with WatchDelay 0.2 s and once with the default
# 2 s. For each: the initial run, then one file rewritten REPEATS (5) times, each timed from the
# write to the new content in place on the target; then the watching process left alone for
# IDLE_SECONDS (60): its CPU use and memory. Prints a Markdown table with the targets: the file
# on the target within WatchDelay + 0.3 s, idle CPU under 1 %, memory under 64 MiB.
#
#   tests/bench/watch.sh [BUILD_DIR]
# Environment: BENCH_DIR (default /var/tmp/lts-bench-watch), on the disk to measure;
# REPEATS, IDLE_SECONDS.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
app=$(cd "$build" && pwd)/app/letthatsyncin
work=${BENCH_DIR:-/var/tmp/lts-bench-watch}
repeats=${REPEATS:-5}
idle_seconds=${IDLE_SECONDS:-60}
[[ -x $app ]] || { echo "bench: $app is missing (cmake --build $build --target letthatsyncin)" >&2; exit 2; }

mkdir -p "$work"
work=$(cd "$work" && pwd)
[[ -d $work/src ]] || python3 "$here/maketree.py" small "$work/src"
folders=$(find "$work/src" -type d | wc -l)
limit=$(cat /proc/sys/fs/inotify/max_user_watches)
if ((limit < folders + 100)); then
    echo "bench: fs.inotify.max_user_watches is $limit, the tree has $folders folders:" \
        "sudo sysctl fs.inotify.max_user_watches=$((folders * 2))" >&2
    exit 1
fi

pid=""
trap '[[ -n $pid ]] && kill -INT $pid 2>/dev/null; wait 2>/dev/null || true' EXIT

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
met() { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b) ? "met" : "missed" }'; }

echo "| WatchDelay s | initial s | change to target s (median; all) | target | | idle CPU % | MiB now / peak | target | |"
echo "|---:|---:|---|---|---|---:|---|---|---|"
for delay in 0.2 2; do
    rm -rf "$work/dst" "$work/config" "$work/data"
    mkdir -p "$work/dst" "$work/config"
    printf '{ "Version": 1, "Settings": { "WatchDelay": %s } }\n' "$delay" >"$work/config/config.json"
    : >"$work/watch.err"
    start=$(date +%s.%N)
    "$app" sync "$work/src" "$work/dst" --watch --config-dir "$work/config" --data-dir "$work/data" \
        >"$work/watch.out" 2>"$work/watch.err" &
    pid=$!
    # The initial run is over once its report is out (the watch starts before it ends).
    until [[ -s $work/watch.out ]] && grep -q -e 'Watching' -e 'Not watching' "$work/watch.err"; do
        kill -0 "$pid" 2>/dev/null || { echo "bench: the watching sync ended:" >&2; cat "$work/watch.err" >&2; exit 1; }
        sleep 0.1
    done
    initial=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')
    if grep -q 'Not watching' "$work/watch.err"; then
        echo "bench: $(cat "$work/watch.err")" >&2
        exit 1
    fi
    sleep 3 # the watches of every folder are in place before the first change
    times=$(python3 "$here/watchprobe.py" latency "$work/src" "$work/dst" d05/s50/f050500.bin "$repeats")
    m=$(echo "$times" | median)
    read -r cpu rss hwm < <(python3 "$here/watchprobe.py" idle "$pid" "$idle_seconds")
    kill -INT "$pid"
    wait "$pid" || true
    pid=""
    bound=$(awk -v d="$delay" 'BEGIN { print d + 0.3 }')
    printf '| %s | %s | %s (%s) | <= %s s | %s | %s | %s / %s | < 1 %%; < 64 MiB | %s; %s |\n' \
        "$delay" "$initial" "$m" "$(echo $times | tr ' ' ',')" "$bound" "$(met "$m" "$bound")" \
        "$cpu" "$rss" "$hwm" "$(met "$cpu" 1)" "$(met "$rss" 64)"
done
