#!/usr/bin/env bash
# Benchmark: letthatsyncin sync against rsync -a --delete (and cp -a for first copies), in
# the same run, alternating,
# median of 3, each followed by `sync` so both have their data on disk. Prints a Markdown
# table of wall time, peak memory and the ratio to rsync; checks every target equals its
# source (contents by checksum) after every timed run.
#
#   tests/bench/bench.sh [BUILD_DIR] [small|large|mixed ...]
# Environment: BENCH_DIR (default /var/tmp/lts-bench), on the disk to measure.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
shift || true
trees=("$@")
[[ ${#trees[@]} -gt 0 ]] || trees=(small large mixed)
app=$(cd "$build" && pwd)/app/letthatsyncin
work=${BENCH_DIR:-/var/tmp/lts-bench}
mkdir -p "$work"
for tool in rsync /usr/bin/time python3; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install rsync time python3)" >&2; exit 2; }
done

# Drop the page cache and read the source back in, so both tools start alike (root only).
settle() {
    sync
    if [[ $(id -u) -eq 0 ]]; then
        echo 3 >/proc/sys/vm/drop_caches 2>/dev/null || true
        find "$1" -type f -print0 | xargs -0 cat >/dev/null
    fi
}

# run TOOL SOURCE TARGET -> "seconds kib"
run() {
    local tool=$1 src=$2 dst=$3 out
    if [[ $tool == cp ]]; then
        out=$( { /usr/bin/time -f "%e %M" sh -c 'cp -a "$0" "$1" && sync' "$src" "$dst" >/dev/null; } 2>&1 | tail -n1)
    elif [[ $tool == rsync ]]; then
        out=$( { /usr/bin/time -f "%e %M" sh -c 'rsync -a --delete "$0/" "$1/" && sync' "$src" "$dst" >/dev/null; } 2>&1 | tail -n1)
    else
        out=$( { /usr/bin/time -f "%e %M" sh -c '"$2" sync "$0" "$1" --data-dir "$3" >/dev/null; [ $? -le 1 ] && sync' "$src" "$dst" "$app" "$work/data" ; } 2>&1 | tail -n1)
    fi
    echo "$out"
}

verify() {
    local src=$1 dst=$2 diff
    diff=$(rsync -ainc --delete --exclude=/.letthatsyncin "$src/" "$dst/")
    if [[ -n $diff ]]; then
        echo "bench: $dst differs from $src:" >&2
        echo "${diff:0:1000}" >&2
        exit 1
    fi
}

median() { printf '%s\n' "$@" | sort -g | sed -n 2p; }

# Moves an old target aside; it is deleted after the measurements (see benchmarking.md).
retire() { [[ -e $1 ]] && mv "$1" "$work/trash.$RANDOM$RANDOM" || true; }

echo "| tree | scenario | rsync s | ours s | ours/rsync | rsync MiB | ours MiB | cp -a s | ours/cp |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|"
for tree in "${trees[@]}"; do
    src=$work/src-$tree
    if [[ ! -d $src ]]; then
        python3 "$here/maketree.py" "$tree" "$src"
    fi
    for scenario in initial no-change changed; do
        declare -a rt=() rm=() ot=() om=() ct=()
        for rep in 1 2 3; do
            if [[ $scenario == initial ]]; then
                retire "$work/rsync-$tree"; retire "$work/ours-$tree"; retire "$work/cp-$tree"; rm -rf "$work/data"
            elif [[ $scenario == changed ]]; then
                python3 "$here/maketree.py" change "$src" "$rep"
            fi
            # The order alternates from one repetition to the next, so neither tool always
            # runs on a disk still busy with the other's writes.
            if (( rep % 2 )); then tools=(rsync ours); else tools=(ours rsync); fi
            [[ $scenario == initial ]] && tools+=(cp) # cp -a: the floor for a first copy
            for tool in "${tools[@]}"; do
                [[ $scenario == initial ]] && settle "$src"
                read -r t m < <(run "$tool" "$src" "$work/$tool-$tree")
                verify "$src" "$work/$tool-$tree"
                case $tool in
                    rsync) rt+=("$t"); rm+=("$m") ;;
                    ours) ot+=("$t"); om+=("$m") ;;
                    cp) ct+=("$t") ;;
                esac
            done
        done
        r=$(median "${rt[@]}"); o=$(median "${ot[@]}")
        c=-; ratio=-
        if [[ ${#ct[@]} -gt 0 ]]; then
            c=$(median "${ct[@]}"); ratio=$(awk -v o="$o" -v c="$c" 'BEGIN { printf "%.2f", o / c }')
        fi
        printf '| %s | %s | %.2f | %.2f | %.2f | %d | %d | %s | %s |\n' "$tree" "$scenario" "$r" "$o" \
            "$(awk -v o="$o" -v r="$r" 'BEGIN { print o / r }')" "$(( $(median "${rm[@]}") / 1024 ))" \
            "$(( $(median "${om[@]}") / 1024 ))" "$c" "$ratio"
    done
    rm -rf "$work"/trash.*
done
