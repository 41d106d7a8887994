#!/usr/bin/env bash
# A tree's no-change and 1 % changed runs: rsync, the binary before and the binary after in the
# same loop (alternating order), median of 3, each followed by `sync`. Every target is checked
# against the source after every run (names, types, sizes, times, modes) and by checksum after
# each scenario's three runs. The targets are made once, untimed. For a change to the engine:
# both binaries meet the same load, which a shared machine makes differ from run to run.
#
#   tests/bench/compare.sh BEFORE_BUILD_DIR AFTER_BUILD_DIR small|large|mixed
# Environment: BENCH_DIR (default /var/tmp/lts-bench), as bench.sh.
set -euo pipefail
bench=$(cd "$(dirname "$0")" && pwd)
declare -A app=([before]=$(cd "$1" && pwd)/app/letthatsyncin [after]=$(cd "$2" && pwd)/app/letthatsyncin)
work=${BENCH_DIR:-/var/tmp/lts-bench}
mkdir -p "$work"
tree=$3
src=$work/src-$tree
[[ -d $src ]] || python3 "$bench/maketree.py" "$tree" "$src"
run() {
    local tool=$1 out
    if [[ $tool == rsync ]]; then
        out=$( { /usr/bin/time -f "%e %M" sh -c 'rsync -a --delete "$0/" "$1/" && sync' "$src" "$work/m-$tree-rsync" >/dev/null; } 2>&1 | tail -n1)
    else
        out=$( { /usr/bin/time -f "%e %M" sh -c '"$2" sync "$0" "$1" --data-dir "$3" >/dev/null; [ $? -le 1 ] && sync' "$src" "$work/m-$tree-$tool" "${app[$tool]}" "$work/d-$tree-$tool"; } 2>&1 | tail -n1)
    fi
    echo "$out"
}
verify() {
    local diff
    diff=$(rsync -ain${2:-} --delete --exclude=/.letthatsyncin "$src/" "$1/")
    [[ -z $diff ]] || { echo "differs: $1: ${diff:0:500}" >&2; exit 1; }
}
for tool in rsync before after; do [[ -d $work/m-$tree-$tool ]] || { run $tool >/dev/null; verify "$work/m-$tree-$tool" c; }; done
median() { printf '%s\n' "$@" | sort -g | sed -n 2p; }
echo "| tree | scenario | rsync s | before s | after s | before/rsync | after/rsync | rsync MiB | before MiB | after MiB |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for scenario in no-change changed; do
    declare -A t=() m=()
    for rep in 1 2 3; do
        [[ $scenario == changed ]] && python3 "$bench/maketree.py" change "$src" "$((rep + 10))"
        case $rep in 1) order=(rsync before after) ;; 2) order=(after rsync before) ;; 3) order=(before after rsync) ;; esac
        for tool in "${order[@]}"; do
            read -r s k < <(run "$tool")
            verify "$work/m-$tree-$tool"
            t[$tool]+="$s "; m[$tool]+="$k "
        done
    done
    for tool in rsync before after; do verify "$work/m-$tree-$tool" c; done
    r=$(median ${t[rsync]}); b=$(median ${t[before]}); a=$(median ${t[after]})
    printf '| %s | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %d | %d | %d |\n' "$tree" "$scenario" "$r" "$b" "$a" \
        "$(awk -v x="$b" -v y="$r" 'BEGIN{print x/y}')" "$(awk -v x="$a" -v y="$r" 'BEGIN{print x/y}')" \
        "$(( $(median ${m[rsync]}) / 1024 ))" "$(( $(median ${m[before]}) / 1024 ))" "$(( $(median ${m[after]}) / 1024 ))"
done
