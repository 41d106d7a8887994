#!/usr/bin/env bash
# screenshots.sh: the pictures of docs/images, taken from the real application in a throw-away
# X11 desktop (tests/desktop/with-desktop.sh) on folders made here, in one language.
#
#   scripts/screenshots.sh APP LANGUAGE OUT_DIR     # LANGUAGE: en or de
#
# A drive "Photos" (about 300 photos in dated folders) is synced once with `sync --drive`, then
# most of its source "disappears", so the application's run is refused; a second drive "Papers"
# has had files overwritten and deleted, so it keeps versions. The pictures: the Drives window
# with the refused bar (refused-bar.png), the review of that run (review.png), the versions of
# Papers (versions.png), and the Drives window on a 1024x768 screen (drives-1024x768.png); a
# German set ends in -de.png. Where OpenSSH's server is installed, a drive "Logger" on an sshd
# of the script's own: the editor with its SFTP source (location-dialog-editor.png), the server
# dialog after "Test connection" (location-dialog-sftp.png) and the folder browser
# (location-dialog-browser.png), then the same dialog switched by keyboard to a WebDAV folder
# (location-dialog-webdav.png), to an FTP server (location-dialog-ftp.png), to an upload
# form with its fields (location-dialog-upload.png) and, where rclone is installed, to a folder
# of a cloud remote of the script's own rclone configuration (location-dialog-cloud.png); then a drive from an SFTP server whose key is not trusted: the
# notification (trust-dialog-notification.png) and the trust dialog (trust-dialog.png), the
# password dialog of the login it then refuses (password-dialog.png), then the same server with
# another key than the one trusted (trust-dialog-changed.png); LTS_SCREENSHOTS_ONLY=trust takes
# only these last. Where rclone is installed, the trust dialog of a WebDAV server's certificate
# (trust-certificate.png; LTS_SCREENSHOTS_ONLY=certificate takes only it). Then the tray's
# dialog of a server's keyboard-interactive questions (login-questions.png);
# LTS_SCREENSHOTS_ONLY=login takes only it, =location only the seven
# location-dialog pictures. Where rclone is installed, the lab's chain of drives in the Drives
# window (drives-chain.png; LTS_SCREENSHOTS_ONLY=chain takes only it). LTS_DESKTOP_SCREEN and
# LTS_SCALE try other screens. This is a tool for the documentation, not a test: it waits for
# windows with short pauses.
set -euo pipefail

if [[ $# -ne 3 ]]; then
    echo "usage: screenshots.sh APP LANGUAGE OUT_DIR" >&2
    exit 2
fi
app=$(realpath "$1")
language=$2
out=$(realpath -m "$3")
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
suffix=$([[ $language == en ]] && echo "" || echo "-$language")

if [[ -z "${LTS_SCREENSHOTS_INSIDE:-}" ]]; then
    export LTS_SCREENSHOTS_INSIDE=1 LTS_DESKTOP_SCREEN=${LTS_DESKTOP_SCREEN:-1024x768x24}
    export LTS_DESKTOP_TOOLS="xwd:x11-apps convert:imagemagick"
    exec bash "$here/../tests/desktop/with-desktop.sh" bash "${BASH_SOURCE[0]}" "$@"
fi

export LC_ALL=C.UTF-8 # xdotool matches the window titles (Sync-Aufträge) as UTF-8
# LTS_SCALE=2 (with LTS_DESKTOP_SCREEN=2048x1536x24): the application at 200 %.
[[ -n ${LTS_SCALE:-} ]] && export QT_SCALE_FACTOR=$LTS_SCALE
mkdir -p "$out"
work=$(mktemp -d "${TMPDIR:-/tmp}/lts-screenshots.XXXXXXXX")
trap 'kill $app_pid $sftp_app_pid $sshd_pid $dav_pid 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
app_pid="" sftp_app_pid="" sshd_pid="" dav_pid=""

# The application's shown window whose title matches $1: its id, once it is there.
find_window() {
    local window
    for _ in $(seq 100); do
        window=$(xdotool search --all --onlyvisible --pid "${find_pid:-$app_pid}" --name "$1" 2>/dev/null |
            head -n 1)
        if [[ -n $window ]]; then
            echo "$window"
            return 0
        fi
        sleep 0.2
    done
    echo "no window $1; the application's windows and output:" >&2
    for window in $(xdotool search --all --pid "${find_pid:-$app_pid}" --name . 2>/dev/null); do
        xprop -id "$window" _NET_WM_NAME >&2
    done
    cat "$work/app.log" >&2
    return 1
}
shoot() { # WINDOW FILE: the window with its frame, once it has settled
    sleep 1.5
    xwd -id "$1" -frame -silent | convert xwd:- "$out/$2"
    echo "screenshots: $out/$2"
}

# A throw-away sshd on loopback (only its host key matters: no login gets that far), and a
# drive "Logger" from it. Its first run is refused for the key: the notification, then a click
# on it opens the trust dialog. Then the known key is another one: the dialog of a changed key.
trust_pictures() {
    if [[ ! -x /usr/sbin/sshd ]]; then
        echo "screenshots: no /usr/sbin/sshd (apt-get install openssh-server): no trust dialog" >&2
        return 0
    fi
    local ssh=$work/sshd config=$work/trust-config port
    mkdir -p "$ssh" "$config" "$work/trust-data" "$work/Logger"
    [[ $(id -u) == 0 ]] && mkdir -p /run/sshd # sshd's privilege separation, as root
    ssh-keygen -q -t ed25519 -N '' -f "$ssh/hostkey"
    ssh-keygen -q -t ed25519 -N '' -f "$ssh/otherkey"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])')
    printf 'Port %s\nListenAddress 127.0.0.1\nHostKey %s\nPidFile none\nStrictModes no\n' \
        "$port" "$ssh/hostkey" >"$ssh/sshd_config"
    /usr/sbin/sshd -D -e -f "$ssh/sshd_config" 2>"$ssh/log" &
    sshd_pid=$!
    sleep 1
    cat >"$config/config.json" <<JSON
{
  "Version": 1,
  "Settings": { "Language": $language_setting, "Notifications": "Errors" },
  "Drives": [
    { "Name": "Logger", "Source": "sftp://pi@127.0.0.1:$port/home/pi/data",
      "Target": "$work/Logger", "Sleep": 1, "Units": "Days", "Mode": "Update" }
  ]
}
JSON
    "$app" --config-dir "$config" --data-dir "$work/trust-data" --ws-port 0 >"$work/app.log" 2>&1 &
    app_pid=$!
    sleep 5 # the tray icon, and the first run, refused: the notification
    xwd -root -silent | convert xwd:- -gravity NorthEast -crop 620x260+0+0 +repage \
        "$out/trust-dialog-notification$suffix.png"
    echo "screenshots: $out/trust-dialog-notification$suffix.png"
    # Qt's own notification balloon (no notification service in this desktop): a click on it.
    local balloon
    balloon=$(xdotool search --onlyvisible --pid "$app_pid" --class . 2>/dev/null | head -n 1)
    xdotool mousemove --window "$balloon" 40 20 click 1
    trust=$(find_window '^(Unknown server key|Unbekannter Serverschlüssel)$')
    shoot "$trust" "trust-dialog$suffix.png"
    # Trusted, the drive runs at once; the server refuses the login (no such user): the
    # notification of that, and a click on it opens the password dialog.
    xdotool windowactivate "$trust" 2>/dev/null || true
    xdotool key --clearmodifiers alt+$([[ $language == de ]] && echo v || echo t)
    sleep 4
    balloon=$(xdotool search --onlyvisible --pid "$app_pid" --class . 2>/dev/null | head -n 1)
    xdotool mousemove --window "$balloon" 40 20 click 1
    password=$(find_window '^(Password for|Passwort für) 127.0.0.1$')
    shoot "$password" "password-dialog$suffix.png"
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true

    # The key trusted before is another one; a new data folder, so the drive runs at start.
    echo "[127.0.0.1]:$port $(cut -d' ' -f1,2 "$ssh/otherkey.pub")" >"$config/known_hosts"
    "$app" --config-dir "$config" --data-dir "$work/trust-data-2" --ws-port 0 \
        >"$work/app.log" 2>&1 &
    app_pid=$!
    sleep 5
    balloon=$(xdotool search --onlyvisible --pid "$app_pid" --class . 2>/dev/null | head -n 1)
    xdotool mousemove --window "$balloon" 40 20 click 1
    trust=$(find_window '^(Server key changed|Serverschlüssel geändert)$')
    shoot "$trust" "trust-dialog-changed$suffix.png"
    kill "$sshd_pid" # the application is ended on exit, as in the other pictures
}
if [[ ${LTS_SCREENSHOTS_ONLY:-} == trust ]]; then
    language_setting="\"$language\""
    trust_pictures
    exit 0
fi

# A throw-away WebDAV server over TLS (rclone) with a certificate of its own, and a drive
# "Photos" to it: its first run is refused for the certificate, and a click on the
# notification opens the trust dialog of a certificate (trust-certificate.png).
certificate_pictures() {
    if ! command -v rclone >/dev/null || ! command -v openssl >/dev/null; then
        echo "screenshots: no rclone or openssl: no certificate dialog" >&2
        return 0
    fi
    local dav=$work/dav config=$work/certificate-config port
    mkdir -p "$dav/served/photos" "$config" "$work/certificate-data" "$work/Photos"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 365 \
        -keyout "$dav/key.pem" -out "$dav/cert.pem" -subj "/CN=nas.local/O=Home NAS" \
        -addext "subjectAltName=DNS:nas.local,IP:127.0.0.1" 2>/dev/null
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])')
    HOME=$dav rclone serve webdav "$dav/served" --addr "127.0.0.1:$port" --user me --pass p \
        --config /dev/null --cert "$dav/cert.pem" --key "$dav/key.pem" 2>"$dav/log" &
    dav_pid=$!
    sleep 1
    cat >"$config/config.json" <<JSON
{
  "Version": 1,
  "Settings": { "Language": $language_setting, "Notifications": "Errors" },
  "Drives": [
    { "Name": "Photos", "Source": "$work/Photos",
      "Target": "davs://me@127.0.0.1:$port/photos", "Sleep": 1, "Units": "Days", "Mode": "Update" }
  ]
}
JSON
    "$app" --config-dir "$config" --data-dir "$work/certificate-data" --ws-port 0 \
        >"$work/app.log" 2>&1 &
    app_pid=$!
    sleep 5
    local balloon
    balloon=$(xdotool search --onlyvisible --pid "$app_pid" --class . 2>/dev/null | head -n 1)
    xdotool mousemove --window "$balloon" 40 20 click 1
    trust=$(find_window '^(Unknown server certificate|Unbekanntes Serverzertifikat)$')
    shoot "$trust" "trust-certificate$suffix.png"
    kill "$dav_pid"
}
if [[ ${LTS_SCREENSHOTS_ONLY:-} == certificate ]]; then
    language_setting="\"$language\""
    certificate_pictures
    exit 0
fi

# A throw-away sshd on loopback that logs in through PAM with keyboard-interactive only, its key
# trusted, and a drive "Logger" from it: its first run asks the server's "Password:" in the
# tray's login dialog (login-questions.png), which is then cancelled.
login_pictures() {
    if [[ ! -x /usr/sbin/sshd ]]; then
        echo "screenshots: no /usr/sbin/sshd (apt-get install openssh-server): no login dialog" >&2
        return 0
    fi
    local ssh=$work/login-sshd config=$work/login-config port
    mkdir -p "$ssh" "$config" "$work/login-data" "$work/Logger"
    [[ $(id -u) == 0 ]] && mkdir -p /run/sshd # sshd's privilege separation, as root
    ssh-keygen -q -t ed25519 -N '' -f "$ssh/hostkey"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])')
    printf 'Port %s\nListenAddress 127.0.0.1\nHostKey %s\nPidFile none\nStrictModes no\n' \
        "$port" "$ssh/hostkey" >"$ssh/sshd_config"
    printf 'UsePAM yes\nPasswordAuthentication no\nKbdInteractiveAuthentication yes\n' \
        >>"$ssh/sshd_config"
    /usr/sbin/sshd -D -e -f "$ssh/sshd_config" 2>"$ssh/log" &
    login_sshd_pid=$!
    echo "[127.0.0.1]:$port $(cut -d' ' -f1,2 "$ssh/hostkey.pub")" >"$config/known_hosts"
    sleep 1
    cat >"$config/config.json" <<JSON
{
  "Version": 1,
  "Settings": { "Language": $language_setting, "Notifications": "Never" },
  "Drives": [
    { "Name": "Logger", "Source": "sftp://pi@127.0.0.1:$port/home/pi/data",
      "Target": "$work/Logger", "Sleep": 1, "Units": "Days", "Mode": "Update" }
  ]
}
JSON
    "$app" --config-dir "$config" --data-dir "$work/login-data" --ws-port 0 >"$work/app.log" 2>&1 &
    app_pid=$!
    local login find_pid=$app_pid # find_window looks at this instance's windows
    login=$(find_window '^Log in to 127.0.0.1')
    shoot "$login" "login-questions$suffix.png"
    xdotool windowactivate "$login" 2>/dev/null || true
    xdotool key --clearmodifiers Escape
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
    kill "$login_sshd_pid"
}
if [[ ${LTS_SCREENSHOTS_ONLY:-} == login ]]; then
    language_setting="\"$language\""
    login_pictures
chain_pictures
    exit 0
fi

# An SFTP source: a second instance on a config folder of its own, with one drive "Logger" on
# an sshd on loopback. ~/.ssh/config (the desktop's own HOME) names the server "logger.local";
# the login's home folder is the server's folder here (internal-sftp -d).
location_pictures() {
    if [[ ! -x /usr/sbin/sshd ]]; then
        echo "screenshots: no SFTP pictures: OpenSSH's server is not installed (openssh-server)"
        return 0
    fi
    server=$work/server
    mkdir -p "$work/ssh" "$work/sftp-config" "$work/sftp-data" "$work/Logger" "$HOME/.ssh" \
        "$server/data/2026-01" "$server/data/2026-02" "$server/data/calibration" "$server/archive"
    for i in 1 2 3; do echo "t,v" >"$server/data/2026-02/log-$i.csv"; done
    ssh-keygen -q -t ed25519 -N '' -f "$work/ssh/hostkey"
    ssh-keygen -q -t ed25519 -N '' -f "$HOME/.ssh/id_logger"
    cp "$HOME/.ssh/id_logger.pub" "$work/ssh/authorized_keys"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    cat >"$work/ssh/sshd_config" <<SSHD
ListenAddress 127.0.0.1
Port $port
HostKey $work/ssh/hostkey
PidFile none
AuthorizedKeysFile $work/ssh/authorized_keys
UsePAM yes
PrintMotd no
StrictModes no
PermitRootLogin prohibit-password
Subsystem sftp internal-sftp -d $server
SSHD
    [[ $(id -u) == 0 ]] && mkdir -p /run/sshd
    /usr/sbin/sshd -D -e -f "$work/ssh/sshd_config" 2>"$work/sshd.log" &
    sshd_pid=$!
    printf 'Host logger.local\n    HostName 127.0.0.1\n    Port %s\n    User %s\n' "$port" "$(id -un)" \
        >"$HOME/.ssh/config"
    echo "[127.0.0.1]:$port $(cut -d' ' -f1,2 "$work/ssh/hostkey.pub")" >"$work/sftp-config/known_hosts"
    cat >"$work/sftp-config/config.json" <<JSON
{
  "Version": 1,
  "Settings": { "Language": $language_setting, "Notifications": "Never" },
  "Drives": [
    { "Name": "Logger", "Source": "sftp://logger.local/~/data?key=~/.ssh/id_logger",
      "Target": "$work/Logger", "Sleep": 1, "Units": "Hours", "Mode": "Update" }
  ]
}
JSON
    # The rclone configuration the Cloud (rclone) kind lists: a Dropbox remote never logged in
    # and a NAS over SFTP (listing them reaches neither).
    mkdir -p "$work/rclone"
    printf '[dropbox]\ntype = dropbox\n\n[lab-nas]\ntype = sftp\nhost = nas.local\n' \
        >"$work/rclone/rclone.conf"
    export RCLONE_CONFIG=$work/rclone/rclone.conf
    sftp_app=("$app" --config-dir "$work/sftp-config" --data-dir "$work/sftp-data" --ws-port 0)
    "${sftp_app[@]}" >"$work/sftp-app.log" 2>&1 &
    sftp_app_pid=$!
    sleep 4
    "${sftp_app[@]}" >/dev/null 2>&1 || true # shows the Drives window
    local find_pid=$sftp_app_pid # find_window looks at this instance's windows
    drives=$(find_window '^(Drives|Sync-Aufträge)$')
    xdotool windowactivate "$drives" 2>/dev/null || true
    sleep 0.5
    xdotool key --clearmodifiers alt+$([[ $language == de ]] && echo b || echo e)
    editor=$(find_window '^(Edit drive |Sync-Auftrag „)Logger')
    shoot "$editor" "location-dialog-editor$suffix.png"
    # Alt+S goes to the source's Change…, which opens the server dialog; Alt+T tests the
    # connection.
    xdotool key --clearmodifiers alt+$([[ $language == de ]] && echo q || echo s) space
    sftp=$(find_window '(on a server|auf einem Server)')
    # In this desktop (Xvfb and openbox) the dialog stays black until it is moved: Qt paints
    # and flushes it at once, but that first picture does not reach the screen. Moved to the
    # screen's top left corner, it is drawn again.
    xdotool windowmove "$sftp" 100 100
    sleep 0.5
    xdotool key --clearmodifiers alt+t
    sleep 2
    shoot "$sftp" "location-dialog-sftp$suffix.png"
    xdotool key --clearmodifiers alt+$([[ $language == de ]] && echo u || echo r)
    browser=$(find_window 'logger\.local( wählen)?$')
    sleep 2
    shoot "$browser" "location-dialog-browser$suffix.png"
    xdotool key --clearmodifiers Escape # the browser
    sleep 0.5
    # The same dialog for a WebDAV folder, by keyboard: Alt+I the kind (Down: WebDAV), Alt+A
    # the address, where a Nextcloud address fills server and folder; then the user. Not
    # tested: there is no such server here.
    xdotool windowactivate "$sftp" 2>/dev/null || true
    xdotool key --clearmodifiers alt+$([[ $language == de ]] && echo a || echo i) Down \
        alt+$([[ $language == de ]] && echo d || echo a)
    xdotool type --delay 10 'https://cloud.example.org/remote.php/dav/files/me/Photos'
    xdotool key --clearmodifiers alt+$([[ $language == de ]] && echo n || echo u) ctrl+a
    xdotool type --delay 10 'me'
    shoot "$sftp" "location-dialog-webdav$suffix.png"
    # FTP (Down again): explicit TLS, the default; a server, and a folder in the login's.
    xdotool key --clearmodifiers alt+$([[ $language == de ]] && echo a || echo i) Down alt+v ctrl+a
    xdotool type --delay 10 'ftp.example.org'
    xdotool key --clearmodifiers alt+$([[ $language == de ]] && echo o || echo f) ctrl+a
    xdotool type --delay 10 'logs'
    shoot "$sftp" "location-dialog-ftp$suffix.png"
    # An upload form (Down again): its address (Tab from the kind: a translation's letter for
    # the address may be Add's too), its file field's name (Alt+L, in German Alt+I), and two fields sent with
    # every file, each added with Add (Tab, Tab from the file field: the table, Add), its name
    # typed, Tab, its value, Enter.
    xdotool key --clearmodifiers alt+$([[ $language == de ]] && echo a || echo i) Down Tab ctrl+a
    xdotool type --delay 10 'https://logs.example.org/upload'
    # The file field's mnemonic: Fi&le field, Date&ifeld.
    local file_field_key
    file_field_key=$([[ $language == de ]] && echo i || echo l)
    xdotool key --clearmodifiers alt+$file_field_key
    xdotool type --delay 10 'filearg'
    for field in 'email=me@example.org' 'description=Site 4, logger 2'; do
        xdotool key --clearmodifiers alt+$file_field_key Tab Tab space
        sleep 0.3
        xdotool type --delay 10 "${field%%=*}"
        xdotool key --clearmodifiers Tab
        sleep 0.3
        xdotool type --delay 10 "${field#*=}"
        xdotool key --clearmodifiers Return
    done
    sleep 0.5
    shoot "$sftp" "location-dialog-upload$suffix.png"
    # A cloud service through rclone (Down again): its remotes listed (the first one taken),
    # and the folder in it.
    if command -v rclone >/dev/null; then
        xdotool key --clearmodifiers alt+$([[ $language == de ]] && echo a || echo i) Down
        sleep 1.5 # rclone listremotes
        xdotool key --clearmodifiers alt+$([[ $language == de ]] && echo o || echo f) ctrl+a
        xdotool type --delay 10 'Lab/Site4'
        sleep 0.3
        shoot "$sftp" "location-dialog-cloud$suffix.png"
    else
        echo "screenshots: no rclone: no picture of the Cloud (rclone) kind" >&2
    fi
    kill "$sftp_app_pid" "$sshd_pid" 2>/dev/null || true
    wait "$sftp_app_pid" "$sshd_pid" 2>/dev/null || true
}
# The lab's pipeline of docs/remote.md: "Logger" moves new files from the logger's folder into
# transit/ every minute, "Cloud" (after Logger) copies transit/ to a Dropbox folder through
# rclone (a remote "dropbox" of a throw-away rclone configuration: an alias of a folder), "Card"
# (after Cloud) moves transit/ onto the SD card. Each has run once; the Drives window shows the
# chain where the interval is (drives-chain.png).
chain_pictures() {
    if ! command -v rclone >/dev/null; then
        echo "screenshots: no chain picture: rclone is not installed"
        return 0
    fi
    local lab=$work/lab
    mkdir -p "$lab/config" "$lab/data" "$lab/tosync" "$lab/transit" "$lab/dropbox/Lab/Site4" "$lab/SD card"
    for i in 1 2 3 4 5 6; do echo "t,v" >"$lab/tosync/log-2026-12-0$i.csv"; done
    # An alias remote reads as the user's own: rclone:dropbox:Lab/Site4.
    printf '[dropbox]\ntype = alias\nremote = %s\n' "$lab/dropbox" >"$lab/rclone.conf"
    export RCLONE_CONFIG=$lab/rclone.conf
    cat >"$lab/config/config.json" <<JSON
{
  "Version": 1,
  "Settings": { "Language": $language_setting, "Notifications": "Never" },
  "Drives": [
    { "Name": "Logger", "Source": "$lab/tosync", "Target": "$lab/transit",
      "Sleep": 1, "Units": "Minutes", "Mode": "Move" },
    { "Name": "Cloud", "Source": "$lab/transit", "Target": "rclone:dropbox:Lab/Site4",
      "Sleep": 1, "Units": "Days", "Mode": "Update", "After": "Logger" },
    { "Name": "Card", "Source": "$lab/transit", "Target": "$lab/SD card",
      "Sleep": 1, "Units": "Days", "Mode": "Move", "After": "Cloud" }
  ]
}
JSON
    local drive
    for drive in Logger Cloud Card; do
        "$app" --config-dir "$lab/config" --data-dir "$lab/data" sync --drive "$drive" >/dev/null
    done
    "$app" --config-dir "$lab/config" --data-dir "$lab/data" --ws-port 0 >"$work/app.log" 2>&1 &
    app_pid=$!
    sleep 3
    "$app" --config-dir "$lab/config" --data-dir "$lab/data" --ws-port 0 >/dev/null 2>&1 || true
    local drives
    drives=$(find_window '^(Drives|Sync-Aufträge)$')
    xdotool windowactivate "$drives" 2>/dev/null || true
    shoot "$drives" "drives-chain$suffix.png"
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    unset RCLONE_CONFIG
}
if [[ ${LTS_SCREENSHOTS_ONLY:-} == chain ]]; then
    language_setting="\"$language\""
    chain_pictures
    exit 0
fi
if [[ ${LTS_SCREENSHOTS_ONLY:-} == location ]]; then
    language_setting="\"$language\""
    location_pictures
    exit 0
fi

mkdir -p "$work/config" "$work/data" "$work/Pictures" "$work/Backup/Pictures" "$work/Papers" \
    "$work/Backup/Papers"
for month in 01 02 03 04 05 06 07 08 09 10 11 12; do
    mkdir -p "$work/Pictures/2026-$month"
    for day in $(seq 1 25); do
        head -c $((RANDOM * 40 + 20000)) /dev/urandom >"$work/Pictures/2026-$month/IMG_$month$day.jpg"
    done
done
for name in invoice-2026-01 invoice-2026-02 invoice-2026-10 tax-return letter-to-bank; do
    echo "$name, first draft" >"$work/Papers/$name.odt"
done
language_setting="\"$language\"" # words, dates and numbers of that language
cat >"$work/config/config.json" <<JSON
{
  "Version": 1,
  "Settings": { "Language": $language_setting, "Notifications": "Never" },
  "Drives": [
    { "Name": "Photos", "Source": "$work/Pictures", "Target": "$work/Backup/Pictures",
      "Sleep": 1, "Units": "Hours", "Mode": "Mirror" },
    { "Name": "Papers", "Source": "$work/Papers", "Target": "$work/Backup/Papers",
      "Sleep": 1, "Units": "Days", "Mode": "Mirror" }
  ]
}
JSON
# Synced once; then Papers changes (versions kept) and most of the photos "disappear".
"$app" --config-dir "$work/config" --data-dir "$work/data" sync --drive Photos >/dev/null
"$app" --config-dir "$work/config" --data-dir "$work/data" sync --drive Papers >/dev/null
sleep 1.1 # the versions of the next run go into a folder of their own second
echo "second draft" >"$work/Papers/tax-return.odt"
echo "second draft" >"$work/Papers/letter-to-bank.odt"
rm "$work/Papers/invoice-2026-01.odt" "$work/Papers/invoice-2026-02.odt"
"$app" --config-dir "$work/config" --data-dir "$work/data" sync --drive Papers >/dev/null
rm -r "$work/Pictures/2026-0"* "$work/Pictures/2026-10"

"$app" --config-dir "$work/config" --data-dir "$work/data" --ws-port 0 >"$work/app.log" 2>&1 &
app_pid=$!
sleep 4 # the tray icon, and the first runs: Photos is refused, Papers syncs
# A second start shows the first one's Drives window.
"$app" --config-dir "$work/config" --data-dir "$work/data" --ws-port 0 >/dev/null 2>&1 || true
drives=$(find_window '^(Drives|Sync-Aufträge)$')
xdotool windowactivate "$drives" 2>/dev/null || true
shoot "$drives" "refused-bar$suffix.png"
xwd -root -silent | convert xwd:- "$out/drives-1024x768$suffix.png"
echo "screenshots: $out/drives-1024x768$suffix.png"

xdotool key --clearmodifiers alt+$([[ $language == de ]] && echo p || echo r)
review=$(find_window '^(Review|Prüfen): Photos$')
sleep 2 # the comparison of ~300 files
shoot "$review" "review$suffix.png"
xdotool key --clearmodifiers Escape

xdotool windowactivate "$drives" 2>/dev/null || true
sleep 0.5
xdotool key --clearmodifiers Down
xdotool key --clearmodifiers alt+v
versions=$(find_window '^(Versions|Versionen): Papers$')
shoot "$versions" "versions$suffix.png"
xdotool key --clearmodifiers Escape

# The editor of Photos, to see that it fits the screen.
xdotool windowactivate "$drives" 2>/dev/null || true
sleep 0.5
xdotool key --clearmodifiers Up
xdotool key --clearmodifiers alt+$([[ $language == de ]] && echo b || echo e)
editor=$(find_window '^(Edit drive |Sync-Auftrag „)Photos')
shoot "$editor" "drive-editor$suffix.png"
xwd -root -silent | convert xwd:- "$out/editor-screen$suffix.png"

kill "$app_pid" 2>/dev/null || true
wait "$app_pid" 2>/dev/null || true
location_pictures
trust_pictures
kill "$app_pid" 2>/dev/null || true
wait "$app_pid" 2>/dev/null || true
certificate_pictures
kill "$app_pid" 2>/dev/null || true
wait "$app_pid" 2>/dev/null || true
login_pictures
chain_pictures
