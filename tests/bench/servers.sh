#!/usr/bin/env bash
# Benchmark of the servers issue 17 adds: letthatsyncin sync against `rclone sync` to the same
# WebDAV or FTP server on 127.0.0.1, which this script starts (and stops) with every file in its work
# folder. As remote.sh: the tools alternating, median of RUNS (3), each run followed by
# `sync`, every target checked against its source after every timed run (the served folder is
# on this disk: compared directly; times only where the server keeps the client's). Prints a
# Markdown table with the ratios and the targets of issues 17 and 18.
#
#   tests/bench/servers.sh [BUILD_DIR] [dav-nginx|dav-rclone|ftp-pyftpdlib|ftps-vsftpd|
#                                       cloud-local|cloud-dav ...]
# dav-nginx:     nginx with its dav modules (sets its own times: the index stands in for them);
# dav-rclone:    rclone serve webdav;
# ftp-pyftpdlib: pyftpdlib, plain FTP with a user and a password (MLSD, MFMT);
# ftps-vsftpd:   vsftpd, explicit TLS with a self-signed certificate (pinned for us in the
#                config dir's trusted_certificates, --ftp-no-check-certificate for rclone),
#                anonymous uploads (vsftpd takes no local login without PAM; as the tests do).
#                rclone with --ftp-disable-tls13: vsftpd 3.0.3 offers only the P-256 group, so
#                Go's client (which sends an X25519 key share) gets a HelloRetryRequest, and
#                its TLS 1.3 resumption of the control connection's session on a data
#                connection after one is refused by OpenSSL ("binder does not verify" in
#                vsftpd's log, "tls: illegal parameter" for rclone); and --ftp-writing-mdtm,
#                to set times as vsftpd takes them (as we do);
# cloud-local:   issue 18's rclone backend (rclone:REMOTE:path) to a remote of type local in an
#                rclone configuration of the script's own, against `rclone sync` to that remote;
# cloud-dav:     the same to a remote of type webdav served by rclone serve webdav.
# Each: SERVER_FILES (10,000) files of 200 B - 8 KiB (initial, no change with the index and
# with --verify) and SERVER_LARGE_FILES (4) files of 256 MiB.
# Environment: BENCH_DIR (default /var/tmp/lts-bench-servers), on the disk to measure; RUNS;
# SMALL_INITIAL_RUNS (default RUNS); SERVER_TREES (default "small large").
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
shift || true
profiles=("$@")
[[ ${#profiles[@]} -gt 0 ]] || profiles=(dav-nginx dav-rclone ftp-pyftpdlib ftps-vsftpd cloud-local cloud-dav)
app=$(cd "$build" && pwd)/app/letthatsyncin
work=${BENCH_DIR:-/var/tmp/lts-bench-servers}
small_files=${SERVER_FILES:-10000}
large_files=${SERVER_LARGE_FILES:-4}
runs=${RUNS:-3}
# rclone's initial copy of the small files to WebDAV takes about 30 ms a file (10,000: 5 minutes
# a run): SMALL_INITIAL_RUNS sets that scenario's repetitions apart.
small_initial_runs=${SMALL_INITIAL_RUNS:-$runs}
trees=${SERVER_TREES:-small large} # which of the two trees to measure
[[ -x $app ]] || { echo "bench: $app is missing (cmake --build $build --target letthatsyncin)" >&2; exit 2; }

# shellcheck source=../../scripts/setup.sh
source "$here/../../scripts/setup.sh"
lts_install_packages "${LTS_BENCH_PACKAGES[@]}" nginx-light libnginx-mod-http-dav-ext \
    vsftpd python3-pyftpdlib openssl
# shellcheck source=lib.sh
source "$here/lib.sh"

mkdir -p "$work"
work=$(cd "$work" && pwd)
served=$work/served
user=u
password=bench-password
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

start_nginx() {
    local d=$work/nginx
    rm -rf "$d"
    mkdir -p "$d/body"
    port=$(free_port)
    echo "$user:{PLAIN}$password" >"$d/htpasswd"
    cat >"$d/nginx.conf" <<CONF
daemon off;
master_process off;
worker_processes 1;
pid $d/nginx.pid;
error_log $d/error.log error;
load_module /usr/lib/nginx/modules/ngx_http_dav_ext_module.so;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path $d/body;
  proxy_temp_path $d/proxy;
  fastcgi_temp_path $d/fastcgi;
  uwsgi_temp_path $d/uwsgi;
  scgi_temp_path $d/scgi;
  server {
    listen 127.0.0.1:$port;
    root $served;
    client_max_body_size 0;
    location / {
      dav_methods PUT DELETE MKCOL COPY MOVE;
      dav_ext_methods PROPFIND OPTIONS;
      create_full_put_path on;
      dav_access user:rw group:rw all:r;
      auth_basic "bench";
      auth_basic_user_file $d/htpasswd;
    }
  }
}
CONF
    local nginx
    nginx=$(command -v nginx || echo /usr/sbin/nginx)
    "$nginx" -p "$d" -c "$d/nginx.conf" -e "$d/error.log" &
    pids+=($!)
    wait_port "$port" nginx "$d/error.log"
}

# [PORT]: again on that port (fresh_server).
start_rclone_webdav() {
    port=${1:-$(free_port)}
    rclone serve webdav "$served" --addr "127.0.0.1:$port" --user "$user" --pass "$password" \
        --config /dev/null -q 2>"$work/rclone-serve.log" &
    pids+=($!)
    wait_port "$port" "rclone serve webdav" "$work/rclone-serve.log"
}

start_pyftpdlib() {
    : >"$work/pyftpdlib.out"
    # Debian's own Python, where python3-pyftpdlib is (not whichever python3 comes first).
    /usr/bin/python3 "$here/../support/pyftpdlibserver.py" "$served" "$user" "$password" \
        "$work/pyftpdlib.log" >"$work/pyftpdlib.out" 2>&1 &
    pids+=($!)
    for _ in $(seq 50); do
        port=$(sed -n 's/^listening on //p' "$work/pyftpdlib.out")
        [[ -n $port ]] && return 0
        sleep 0.1
    done
    echo "bench: pyftpdlib did not start (see $work/pyftpdlib.out)" >&2
    exit 1
}

# vsftpd as tests/support/ftpserver.cpp starts it: as the user who starts it, anonymous uploads
# to the served folder, explicit TLS required, the data connection resuming the control's TLS.
start_vsftpd() {
    local d=$work/vsftpd
    rm -rf "$d"
    mkdir -p "$d"
    port=$(free_port)
    openssl req -x509 -newkey rsa:2048 -nodes -keyout "$d/key.pem" \
        -out "$d/cert.pem" -days 2 -subj /CN=127.0.0.1 2>"$d/openssl.log"
    cat >"$d/vsftpd.conf" <<CONF
listen=YES
listen_ipv6=NO
listen_address=127.0.0.1
listen_port=$port
background=NO
run_as_launching_user=YES
seccomp_sandbox=NO
local_enable=NO
anonymous_enable=YES
no_anon_password=YES
anon_root=$served
write_enable=YES
anon_upload_enable=YES
anon_mkdir_write_enable=YES
anon_other_write_enable=YES
anon_world_readable_only=NO
anon_umask=022
pasv_enable=YES
pasv_address=127.0.0.1
max_per_ip=0
max_clients=0
xferlog_enable=NO
vsftpd_log_file=$d/vsftpd.log
utf8_filesystem=YES
ssl_enable=YES
allow_anon_ssl=YES
force_anon_logins_ssl=YES
force_anon_data_ssl=YES
require_ssl_reuse=YES
rsa_cert_file=$d/cert.pem
rsa_private_key_file=$d/key.pem
ssl_ciphers=HIGH
CONF
    /usr/sbin/vsftpd "$d/vsftpd.conf" >"$d/vsftpd.out" 2>&1 &
    pids+=($!)
    wait_port "$port" vsftpd "$d/vsftpd.out"
}

# Where our runs and rclone's go: LOCATION_BASE (ours, a folder is appended) and RCLONE_ARGS.
locations() {
    case $1 in
        dav-*)
            location_base="dav://$user@127.0.0.1:$port"
            rclone_remote=:webdav:
            rclone_args=(--webdav-url "http://127.0.0.1:$port" --webdav-user "$user"
                --webdav-pass "$(rclone obscure "$password")") ;;
        ftp-pyftpdlib)
            location_base="ftp://$user@127.0.0.1:$port"
            rclone_remote=:ftp:
            rclone_args=(--ftp-host 127.0.0.1 --ftp-port "$port" --ftp-user "$user"
                --ftp-pass "$(rclone obscure "$password")") ;;
        cloud-*)
            # One configuration file for both tools: rclone sync reads it with --config, ours
            # (and the rcd it starts) through RCLONE_CONFIG.
            export RCLONE_CONFIG=$work/rclone.conf
            if [[ $1 == cloud-local ]]; then
                printf '[bench]\ntype = alias\nremote = %s\n' "$served" >"$RCLONE_CONFIG"
            else
                printf '[bench]\ntype = webdav\nurl = http://127.0.0.1:%s\nvendor = other\nuser = %s\npass = %s\n' \
                    "$port" "$user" "$(rclone obscure "$password")" >"$RCLONE_CONFIG"
            fi
            location_base=rclone:bench:
            rclone_remote=bench:
            rclone_args=(--config "$RCLONE_CONFIG") ;;
        ftps-vsftpd)
            location_base="ftpes://127.0.0.1:$port"
            rclone_remote=:ftp:
            rclone_args=(--ftp-host 127.0.0.1 --ftp-port "$port" --ftp-user anonymous
                --ftp-pass "$(rclone obscure anonymous)" --ftp-explicit-tls
                --ftp-no-check-certificate --ftp-disable-tls13 --ftp-writing-mdtm) ;;
    esac
}

# Our password for the server, as a user stores it (the file fallback: no keychain here), and
# for vsftpd (anonymous: no password) the pin of its certificate, as `trust` writes it.
store_password() {
    rm -rf "$work/config"
    mkdir -p "$work/config"
    if [[ $1 == cloud-* ]]; then
        return 0 # rclone's configuration holds the remote's password
    elif [[ $1 == ftps-vsftpd ]]; then
        echo "127.0.0.1:$port SHA256:$(openssl x509 -in "$work/vsftpd/cert.pem" -outform der |
            openssl sha256 -binary | base64 | tr -d =)" >"$work/config/trusted_certificates"
    else
        echo "$password" | "$app" password "$location_base" --config-dir "$work/config" >/dev/null
    fi
}

# run TOOL SOURCE FOLDER (below the served folder): sets t (seconds) and m (KiB)
run() {
    local tool=$1 src=$2 folder=$3 cmd
    case $tool in
        rclone) cmd=(rclone sync "$src" "$rclone_remote$folder" --config /dev/null "${rclone_args[@]}" -q) ;;
        ours | ours-verify)
            cmd=("$app" sync "$src" "${location_base%/}$([[ $location_base == *: ]] || echo /)$folder" --config-dir "$work/config"
                --data-dir "$work/data")
            [[ $tool == ours-verify ]] && cmd+=(--verify) ;;
    esac
    timed "${cmd[@]}"
    if ((rc > 1)) || [[ $tool != ours* && $rc -ne 0 ]]; then
        echo "bench: $tool failed ($rc):" >&2
        cat "$work/last.err" >&2
        exit 1
    fi
}

# rclone serve keeps what it read of a folder for minutes (its VFS directory cache), and the
# initial runs retire and make their target folders on the disk behind its back: without a new
# server, a second repetition's rclone sync found the first one's files in that cache and sent
# nothing. Where the server is rclone serve, each initial repetition gets a new one.
fresh_server() {
    [[ $1 == dav-rclone || $1 == cloud-dav ]] || return 0
    local pid
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true # its port free again
    done
    pids=()
    start_rclone_webdav "$port"
}

declare -A times mems
# measure PROFILE TREE SCENARIO TOOL... : fills times[TOOL] and mems[TOOL]
measure() {
    local profile=$1 tree=$2 scenario=$3
    shift 3
    local tools=("$@") src=$work/src-$tree rep tool i order folder reps=$runs
    [[ $tree == small && $scenario == initial ]] && reps=$small_initial_runs
    declare -A tt=() mm=()
    for rep in $(seq "$reps"); do
        if [[ $scenario == initial ]]; then
            for tool in "${tools[@]}"; do
                retire "$served/$profile-$tool-$tree"
                mkdir -p "$served/$profile-$tool-$tree"
            done
            rm -rf "$work/data"
            fresh_server "$profile"
        fi
        order=()
        for i in "${!tools[@]}"; do order+=("${tools[$(((i + rep) % ${#tools[@]}))]}"); done
        for tool in "${order[@]}"; do
            folder=$profile-${tool%-verify}-$tree
            [[ $scenario == initial ]] && settle "$src"
            run "$tool" "$src" "$folder"
            verify "$src" "$served/$folder" no-times
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
    printf '| %s | %s | %s | %s | %s | %s | %s / %s | %s | %s |\n' "$1" "$2" "$3" "${times[rclone]}" "$o" \
        "$(ratio "$o" "${times[rclone]}")" "${mems[rclone]}" "${mems[$4]}" "$5" "$6"
}

[[ -d $work/src-small ]] || python3 "$here/maketree.py" remote "$work/src-small" "$small_files"
[[ -d $work/src-large ]] || python3 "$here/maketree.py" remotelarge "$work/src-large" "$large_files"
mkdir -p "$served"

echo "| server | tree | scenario | rclone s | ours s | ours/rclone | MiB rclone / ours | target | |"
echo "|---|---|---|---:|---:|---:|---|---|---|"
for profile in "${profiles[@]}"; do
    case $profile in
        dav-nginx) start_nginx ;;
        dav-rclone) start_rclone_webdav ;;
        ftp-pyftpdlib) start_pyftpdlib ;;
        ftps-vsftpd) start_vsftpd ;;
        cloud-local) ;;
        cloud-dav) start_rclone_webdav ;;
        *) echo "bench: unknown profile $profile (dav-nginx, dav-rclone, ftp-pyftpdlib, ftps-vsftpd, cloud-local or cloud-dav)" >&2
            exit 2 ;;
    esac
    locations "$profile"
    store_password "$profile"
    if [[ $profile == cloud-* ]]; then
        # Issue 18: through rclone itself, our planner's price must stay small.
        measure "$profile" small initial rclone ours
        row "$profile" "small ($small_files)" initial ours "<= 1.2x rclone sync (issue 18)" \
            "$(met "${times[ours]}" "$(times_of "${times[rclone]}" 1.2)")"
        measure "$profile" small no-change rclone ours ours-verify
        row "$profile" "small ($small_files)" "no-change (index)" ours "<= 0.3x rclone sync (issue 18)" \
            "$(met "${times[ours]}" "$(times_of "${times[rclone]}" 0.3)")"
        row "$profile" "small ($small_files)" "no-change (--verify)" ours-verify - -
        cleanup
        pids=()
        unset RCLONE_CONFIG
        continue
    fi
    if [[ " $trees " == *" small "* ]]; then
        measure "$profile" small initial rclone ours
        row "$profile" "small ($small_files)" initial ours "<= 0.7x rclone (issue 17)" \
            "$(met "${times[ours]}" "$(times_of "${times[rclone]}" 0.7)")"
        measure "$profile" small no-change rclone ours ours-verify
        row "$profile" "small ($small_files)" "no-change (index)" ours "<= 0.3x rclone (issue 17)" \
            "$(met "${times[ours]}" "$(times_of "${times[rclone]}" 0.3)")"
        row "$profile" "small ($small_files)" "no-change (--verify)" ours-verify - -
    fi
    if [[ " $trees " == *" large "* ]]; then
        measure "$profile" large initial rclone ours
        row "$profile" "large ($large_files x 256 MiB)" initial ours ">= 80 % of rclone's throughput (<= 1.25x its time; issue 17)" \
            "$(met "${times[ours]}" "$(times_of "${times[rclone]}" 1.25)")"
    fi
    cleanup
    pids=()
done
