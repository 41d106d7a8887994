#!/usr/bin/env bash
# Remote benchmark: letthatsyncin sync to an SFTP server against rsync over ssh, lftp's
# mirror over SFTP and rclone's SFTP backend, all to the same OpenSSH sshd on 127.0.0.1
# that this script starts (and stops) with every file in its work folder. As bench.sh:
# in the same run, the tools alternating, median of 3, each run followed by `sync`, every
# target checked against its source after every timed run (the server's folder is on this
# disk: compared directly). Prints a Markdown table with the ratios and the targets of
# issue 16.
#
#   tests/bench/remote.sh [BUILD_DIR] [loopback|latency ...]
# loopback: REMOTE_FILES (10,000) files of 200 B - 8 KiB (initial, no change, 1 % changed) and
#           REMOTE_LARGE_FILES (4) files of 256 MiB, straight to sshd;
# latency:  LATENCY_FILES (10,000) small files and the same large files through
#           tests/bench/delayproxy.py, which adds LATENCY_MS (10) of round trip, median of
#           LATENCY_RUNS (3).
# Environment: BENCH_DIR (default /var/tmp/lts-bench-remote), on the disk to measure.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
shift || true
profiles=("$@")
[[ ${#profiles[@]} -gt 0 ]] || profiles=(loopback latency)
app=$(cd "$build" && pwd)/app/letthatsyncin
work=${BENCH_DIR:-/var/tmp/lts-bench-remote}
small_files=${REMOTE_FILES:-10000}
large_files=${REMOTE_LARGE_FILES:-4}
latency_files=${LATENCY_FILES:-10000}
latency_runs=${LATENCY_RUNS:-3}
latency_ms=${LATENCY_MS:-10}
[[ -x $app ]] || { echo "bench: $app is missing (cmake --build $build --target letthatsyncin)" >&2; exit 2; }

# What the peers need: installed here where missing (root, or sudo), as scripts/setup.sh does.
# shellcheck source=../../scripts/setup.sh
source "$here/../../scripts/setup.sh"
lts_install_packages "${LTS_BENCH_PACKAGES[@]}"
# shellcheck source=lib.sh
source "$here/lib.sh"

mkdir -p "$work"
work=$(cd "$work" && pwd)
keys=$work/ssh
user=$(id -un)
# No agent and no ~/.ssh/config: every tool logs in with the bench's key only.
unset SSH_AUTH_SOCK
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

# An sshd of our own, as remote.md's recipe. It logs in the user running the bench (as
# root: root, with a key only), so it works the same with and without root.
start_sshd() {
    rm -rf "$keys"
    mkdir -p "$keys"
    ssh-keygen -q -t ed25519 -N '' -f "$keys/hostkey"
    ssh-keygen -q -t ed25519 -N '' -f "$keys/client"
    cp "$keys/client.pub" "$keys/authorized_keys"
    port=$(free_port)
    cat >"$keys/sshd_config" <<EOF
ListenAddress 127.0.0.1
Port $port
HostKey $keys/hostkey
PidFile none
AuthorizedKeysFile $keys/authorized_keys
UsePAM no
StrictModes no
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
MaxStartups 64
MaxSessions 64
LogLevel ERROR
Subsystem sftp internal-sftp
EOF
    rm -rf "$work/config"
    trust_port "$port"
    [[ $(id -u) -eq 0 ]] && mkdir -p /run/sshd
    /usr/sbin/sshd -D -e -f "$keys/sshd_config" 2>>"$keys/sshd.log" &
    pids+=($!)
    wait_port "$port" sshd "$keys/sshd.log"
    # rsync runs through the login shell: an account without one (nobody) cannot be used.
    ssh_cmd "$port" true || { echo "bench: cannot log in to the bench's sshd as $user with a shell (see $keys/sshd.log)" >&2; exit 1; }
}

# Trusts the host key for a port (sshd's own, or the proxy's): the same known_hosts file
# for the ssh clients and for ours (<config dir>/known_hosts).
trust_port() {
    echo "[127.0.0.1]:$1 $(cut -d' ' -f1,2 "$keys/hostkey.pub")" >>"$keys/known_hosts"
    mkdir -p "$work/config"
    cp "$keys/known_hosts" "$work/config/known_hosts"
}

ssh_options() {
    echo "-F /dev/null -i $keys/client -o IdentitiesOnly=yes -o BatchMode=yes -o UserKnownHostsFile=$keys/known_hosts -o StrictHostKeyChecking=yes"
}
ssh_cmd() {
    local p=$1
    shift
    # shellcheck disable=SC2046
    ssh $(ssh_options) -p "$p" "$user@127.0.0.1" "$@"
}

start_proxy() {
    rm -f "$work/proxy.port"
    python3 "$here/delayproxy.py" "$port" "$(awk -v m="$latency_ms" 'BEGIN { print m / 2 }')" "$work/proxy.port" &
    pids+=($!)
    for _ in $(seq 50); do
        [[ -s $work/proxy.port ]] && break
        sleep 0.1
    done
    [[ -s $work/proxy.port ]] || { echo "bench: the delaying proxy did not start" >&2; exit 1; }
    proxy_port=$(cat "$work/proxy.port")
}

# run TOOL PORT SOURCE TARGET: sets t (seconds) and m (KiB)
run() {
    local tool=$1 p=$2 src=$3 dst=$4 cmd
    case $tool in
        rsync) cmd=(rsync -a --delete -e "ssh $(ssh_options) -p $p" "$src/" "$user@127.0.0.1:$dst/") ;;
        lftp) cmd=(lftp -p "$p" -u "$user," -e "set sftp:connect-program \"ssh -a -x $(ssh_options)\"; set net:max-retries 1; mirror -R --delete --parallel=4 $src $dst; quit" sftp://127.0.0.1) ;;
        rclone) cmd=(rclone sync "$src" ":sftp:$dst" --sftp-host 127.0.0.1 --sftp-port "$p" --sftp-user "$user"
            --sftp-key-file "$keys/client" --sftp-known-hosts-file "$keys/known_hosts" --sftp-disable-hashcheck
            --config /dev/null -q) ;;
        ours | ours-verify)
            cmd=("$app" sync "$src" "sftp://$user@127.0.0.1:$p$dst?key=$keys/client" --config-dir "$work/config"
                --data-dir "$work/data")
            [[ $tool == ours-verify ]] && cmd+=(--verify) ;;
    esac
    # Exit code 1 of ours is "done, with files skipped": the check after the run judges it.
    timed "${cmd[@]}"
    if ((rc > 1)) || [[ $tool != ours* && $rc -ne 0 ]]; then
        echo "bench: $tool failed ($rc):" >&2
        cat "$work/last.err" >&2
        exit 1
    fi
}


declare -A times mems
# measure PROFILE TREE SCENARIO PORT RUNS TOOL... : fills times[TOOL] and mems[TOOL]
measure() {
    local profile=$1 tree=$2 scenario=$3 p=$4 runs=$5
    shift 5
    local tools=("$@") src=$work/src-$tree rep tool t m i order
    declare -A tt=() mm=()
    for rep in $(seq "$runs"); do
        if [[ $scenario == initial ]]; then
            for tool in "${tools[@]}"; do
                retire "$work/server/$profile-$tool-$tree"
                mkdir -p "$work/server/$profile-$tool-$tree"
            done
            rm -rf "$work/data"
        elif [[ $scenario == changed ]]; then
            python3 "$here/maketree.py" change "$src" "$rep"
        fi
        # The order turns from one repetition to the next, so no tool always runs first on
        # a cold server or right after another's writes.
        order=()
        for i in "${!tools[@]}"; do order+=("${tools[$(((i + rep) % ${#tools[@]}))]}"); done
        for tool in "${order[@]}"; do
            [[ $scenario == initial ]] && settle "$src"
            run "$tool" "$p" "$src" "$work/server/$profile-${tool%-verify}-$tree"
            verify "$src" "$work/server/$profile-${tool%-verify}-$tree"
            tt[$tool]+="$t "
            mm[$tool]+="$m "
        done
    done
    for tool in "${tools[@]}"; do
        # shellcheck disable=SC2086
        times[$tool]=$(median ${tt[$tool]})
        # shellcheck disable=SC2086
        mems[$tool]=$(($(median ${mm[$tool]}) / 1024))
    done
    rm -rf "$work"/trash.*
}

# row PROFILE TREE SCENARIO OURS TARGET VERDICT
row() {
    local o=${times[$4]}
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s / %s / %s / %s | %s | %s |\n' \
        "$1" "$2" "$3" "${times[rsync]}" "${times[lftp]}" "${times[rclone]}" "$o" \
        "$(ratio "$o" "${times[rsync]}")" "$(ratio "$o" "${times[lftp]}")" "$(ratio "$o" "${times[rclone]}")" \
        "${mems[rsync]}" "${mems[lftp]}" "${mems[rclone]}" "${mems[$4]}" "$5" "$6"
}

start_sshd

echo "| profile | tree | scenario | rsync s | lftp s | rclone s | ours s | ours/rsync | ours/lftp | ours/rclone | MiB rsync / lftp / rclone / ours | target (issue 16) | |"
echo "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|---|"
for profile in "${profiles[@]}"; do
    case $profile in
        loopback)
            p=$port runs=3 tree=remote
            [[ -d $work/src-remote ]] || python3 "$here/maketree.py" remote "$work/src-remote" "$small_files"
            [[ -d $work/src-remotelarge ]] || python3 "$here/maketree.py" remotelarge "$work/src-remotelarge" "$large_files" ;;
        latency)
            start_proxy
            trust_port "$proxy_port"
            p=$proxy_port runs=$latency_runs tree=latency
            [[ -d $work/src-latency ]] || python3 "$here/maketree.py" remote "$work/src-latency" "$latency_files"
            [[ -d $work/src-remotelarge ]] || python3 "$here/maketree.py" remotelarge "$work/src-remotelarge" "$large_files" ;;
        *) echo "bench: unknown profile $profile (loopback or latency)" >&2; exit 2 ;;
    esac
    # Every target of issue 16 is judged in both profiles: through the proxy as on loopback.
    measure "$profile" "$tree" initial "$p" "$runs" rsync lftp rclone ours
    o=${times[ours]}
    a=$(met "$o" "$(awk -v r="${times[rsync]}" 'BEGIN { print 1.5 * r }')")
    b=$(met "$o" "$(awk -v l="${times[lftp]}" 'BEGIN { print 0.5 * l }')")
    c=$(met "${mems[ours]}" 47)
    row "$profile" "$tree" initial ours "<= 1.5x rsync; <= 0.5x lftp; < 48 MiB" "$a; $b; $c"
    measure "$profile" "$tree" no-change "$p" "$runs" rsync lftp rclone ours ours-verify
    row "$profile" "$tree" "no-change (index)" ours "<= 0.3x rsync" \
        "$(met "${times[ours]}" "$(awk -v r="${times[rsync]}" 'BEGIN { print 0.3 * r }')")"
    row "$profile" "$tree" "no-change (--verify)" ours-verify "<= rclone's no-op" "$(met "${times[ours-verify]}" "${times[rclone]}")"
    measure "$profile" "$tree" changed "$p" "$runs" rsync lftp rclone ours
    row "$profile" "$tree" "1 % changed" ours - -
    measure "$profile" remotelarge initial "$p" "$runs" rsync lftp rclone ours
    row "$profile" "remotelarge ($large_files x 256 MiB)" initial ours ">= 80 % of rsync's throughput (<= 1.25x its time)" \
        "$(met "${times[ours]}" "$(awk -v r="${times[rsync]}" 'BEGIN { print 1.25 * r }')")"
done
