# What the remote benchmarks share (remote.sh, servers.sh): sourced, not run. Expects `work`
# (the bench's folder, on the disk to measure).

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# wait_port PORT NAME LOG: until something listens on 127.0.0.1:PORT (5 s at most).
wait_port() {
    for _ in $(seq 50); do
        (: </dev/tcp/127.0.0.1/"$1") 2>/dev/null && return 0
        sleep 0.1
    done
    echo "bench: $2 did not start (see $3)" >&2
    exit 1
}

# Drop the page cache and read the source back in, so every tool starts alike (root only).
settle() {
    sync
    if [[ $(id -u) -eq 0 ]]; then
        echo 3 >/proc/sys/vm/drop_caches 2>/dev/null || true
        find "$1" -type f -print0 | xargs -0 cat >/dev/null
    fi
}

# verify SOURCE TARGET [times|no-times]: the target must equal its source: paths, types,
# sizes, contents (checksums) and, unless the server keeps times of its own (no-times), the
# files' modification times (-O: not the folders', which lftp does not keep).
verify() {
    local src=$1 dst=$2 times=${3:-times} diff flags=-rlctniO
    [[ $times == no-times ]] && flags=-rlcniO
    diff=$(rsync "$flags" --delete --exclude=/.letthatsyncin "$src/" "$dst/")
    if [[ -n $diff ]]; then
        echo "bench: $dst differs from $src:" >&2
        echo "${diff:0:1000}" >&2
        exit 1
    fi
}

median() {
    local n=$#
    printf '%s\n' "$@" | sort -g | sed -n "$(((n + 1) / 2))p"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
# met VALUE LIMIT: "met" when VALUE <= LIMIT
met() { awk -v v="$1" -v l="$2" 'BEGIN { print (v <= l) ? "met" : "missed" }'; }
# times LIMIT FACTOR: FACTOR x LIMIT
times_of() { awk -v l="$1" -v f="$2" 'BEGIN { print f * l }'; }

# Moves an old target aside; it is deleted after the measurements (see benchmarking.md).
retire() { [[ -e $1 ]] && mv "$1" "$work/trash.$RANDOM$RANDOM" || true; }

# timed COMMAND...: runs it, then `sync`; sets t (seconds) and m (KiB) and rc.
timed() {
    rc=0
    /usr/bin/time -o "$work/time.out" -f "%e %M" sh -c '"$@"; rc=$?; sync; exit $rc' sh "$@" \
        >/dev/null 2>"$work/last.err" || rc=$?
    read -r t m < <(tail -n1 "$work/time.out")
}
