#!/usr/bin/env bash
# with-desktop.sh: runs a command inside a throw-away X11 desktop that has a real system tray
# (Xvfb, the openbox window manager and the trayer tray), then stops everything it started.
#
#   tests/desktop/with-desktop.sh COMMAND [ARG...]
#
# The command gets the new desktop's DISPLAY and XAUTHORITY, QT_QPA_PLATFORM=xcb, a throw-away
# HOME and XDG folders under LTS_DESKTOP_DIR, no session bus and no session manager, so nothing
# it starts reaches the user's own desktop, tray or settings. LTS_TRAY_WINDOW is the id of
# trayer's panel, where tray icons are embedded (XEmbed), at the top right of a 1280x800 screen
# (LTS_DESKTOP_SCREEN=1024x768x24 gives another size).
# Exit status: the command's; 77 with a one-line reason when a tool is missing (ctest's
# SKIP_RETURN_CODE); 1 when the desktop does not start.
# Debian packages: xvfb xauth openbox trayer x11-utils x11-apps imagemagick xdotool.
# shellcheck disable=SC2317 # functions called through trap and wait_for
set -euo pipefail

[[ $# -gt 0 ]] || {
    echo "usage: with-desktop.sh COMMAND [ARG...]" >&2
    exit 2
}

say() { echo "with-desktop: $*" >&2; }

# tool:package, so the skip message says what to install; LTS_DESKTOP_TOOLS adds those the
# command needs ("xwd:x11-apps convert:imagemagick"), so one check names everything missing.
declare -A package_of=(
    [Xvfb]=xvfb [xauth]=xauth [openbox]=openbox [trayer]=trayer [xdpyinfo]=x11-utils
    [xprop]=x11-utils [xdotool]=xdotool [setsid]=util-linux [od]=coreutils
)
for pair in ${LTS_DESKTOP_TOOLS:-}; do
    package_of[${pair%%:*}]=${pair#*:}
done
missing=()
declare -A packages=()
for tool in "${!package_of[@]}"; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        missing+=("$tool")
        packages[${package_of[$tool]}]=1
    fi
done
if [[ ${#missing[@]} -gt 0 ]]; then
    echo "SKIP: no X11 test desktop: missing ${missing[*]}" \
        "(Debian: apt-get install ${!packages[*]})" >&2
    exit 77
fi

export LTS_DESKTOP_DIR
LTS_DESKTOP_DIR=$(mktemp -d "${TMPDIR:-/tmp}/lts-desktop.XXXXXXXX")
pids=() # Xvfb, openbox, trayer: stopped in reverse order
command_pid=""

# Waits up to $2 seconds for process $1 to end; true when it ended. Our children are reaped by
# bash as they exit, so kill -0 fails once they are gone.
ended_within() {
    local pid=$1 deadline=$((SECONDS + $2))
    while kill -0 -- "$pid" 2>/dev/null; do
        ((SECONDS < deadline)) || return 1
        sleep 0.1
    done
}

stop_all() {
    local status=$?
    trap - EXIT INT TERM HUP
    set +e
    # The command runs in a process group of its own, so this also stops what it started
    # (the application under test) if the command could not do it itself.
    if [[ -n "$command_pid" ]]; then
        kill -TERM -- "-$command_pid" 2>/dev/null
        ended_within "-$command_pid" 10 || kill -KILL -- "-$command_pid" 2>/dev/null
        wait "$command_pid" 2>/dev/null
    fi
    local i
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
        kill -TERM -- "${pids[$i]}" 2>/dev/null
        ended_within "${pids[$i]}" 5 || kill -KILL -- "${pids[$i]}" 2>/dev/null
        wait "${pids[$i]}" 2>/dev/null
    done
    if [[ $status -ne 0 && $status -ne 77 ]]; then
        for log in xvfb openbox trayer; do
            [[ -s "$LTS_DESKTOP_DIR/$log.log" ]] || continue
            say "$log said:"
            tail -n 20 "$LTS_DESKTOP_DIR/$log.log" >&2
        done
    fi
    rm -rf "$LTS_DESKTOP_DIR"
    exit "$status"
}
trap stop_all EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

# Polls until COMMAND succeeds: wait_for WHAT SECONDS PID COMMAND [ARG...]. Fails at once when
# PID (the program that should bring WHAT) has ended.
wait_for() {
    local what=$1 limit=$2 deadline=$((SECONDS + $2)) pid=$3
    shift 3
    until "$@" >/dev/null 2>&1; do
        if ! kill -0 -- "$pid" 2>/dev/null; then
            say "the desktop did not start: no $what, its program ended"
            exit 1
        fi
        if ((SECONDS >= deadline)); then
            say "the desktop did not start: no $what after $limit s"
            exit 1
        fi
        sleep 0.1
    done
}

# Nothing of the user's session: no Wayland, session bus (a tray icon would go to the user's
# StatusNotifier tray), session manager, desktop theme, or home folder.
unset WAYLAND_DISPLAY XDG_SESSION_TYPE XDG_CURRENT_DESKTOP XDG_SESSION_DESKTOP DESKTOP_SESSION \
    SESSION_MANAGER QT_QPA_PLATFORMTHEME QT_STYLE_OVERRIDE QT_SCALE_FACTOR QT_SCREEN_SCALE_FACTORS \
    QT_AUTO_SCREEN_SCALE_FACTOR QT_ENABLE_HIGHDPI_SCALING GTK_MODULES RESOURCE_NAME
export DBUS_SESSION_BUS_ADDRESS="unix:path=$LTS_DESKTOP_DIR/no-session-bus"
export NO_AT_BRIDGE=1 # GTK's accessibility bridge would look for that bus
export QT_QPA_PLATFORM=xcb
export HOME="$LTS_DESKTOP_DIR/home"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share"
export XDG_CACHE_HOME="$HOME/.cache" XDG_STATE_HOME="$HOME/.local/state"
export XDG_RUNTIME_DIR="$LTS_DESKTOP_DIR/runtime"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME"
mkdir -m 700 "$XDG_RUNTIME_DIR"

# A cookie, so other users of the machine cannot connect to the desktop. The server reads every
# entry of its file whatever the display, so the client's entry is added once the number is known.
export XAUTHORITY="$LTS_DESKTOP_DIR/Xauthority"
cookie=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
touch "$LTS_DESKTOP_DIR/Xserver-auth" "$XAUTHORITY"
xauth -q -f "$LTS_DESKTOP_DIR/Xserver-auth" add :0 . "$cookie"

# -displayfd: the server itself takes the first display number it can listen on (binding the
# socket is what reserves it), so tests started in parallel never race for one; it writes the
# number once clients can connect.
Xvfb -displayfd 3 -auth "$LTS_DESKTOP_DIR/Xserver-auth" -screen 0 "${LTS_DESKTOP_SCREEN:-1280x800x24}" -nolisten tcp \
    -noreset 3>"$LTS_DESKTOP_DIR/display" >"$LTS_DESKTOP_DIR/xvfb.log" 2>&1 &
pids+=($!)
wait_for "display number from Xvfb" 20 "${pids[-1]}" \
    grep -q '^[0-9][0-9]*$' "$LTS_DESKTOP_DIR/display"
display=$(head -n 1 "$LTS_DESKTOP_DIR/display")
export DISPLAY=":$display"
xauth -q add "$DISPLAY" . "$cookie"
wait_for "answer from Xvfb on $DISPLAY" 20 "${pids[-1]}" xdpyinfo

# openbox with a configuration of its own: two desktops (see below), no menus and no key or mouse
# bindings, so a stray click or key press of a test reaches the application, never openbox.
cat >"$LTS_DESKTOP_DIR/openbox-menu.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<openbox_menu xmlns="http://openbox.org/3.4/menu"/>
XML
cat >"$LTS_DESKTOP_DIR/openbox-rc.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<openbox_config xmlns="http://openbox.org/3.4/rc">
  <theme><name>Clearlooks</name></theme>
  <desktops><number>2</number></desktops>
  <menu><file>$LTS_DESKTOP_DIR/openbox-menu.xml</file></menu>
</openbox_config>
XML
openbox --config-file "$LTS_DESKTOP_DIR/openbox-rc.xml" >"$LTS_DESKTOP_DIR/openbox.log" 2>&1 &
pids+=($!)
# openbox announces itself on the root window early, but can still lose the map request of a
# window that comes before its event loop runs (trayer's panel then never shows). Its start-up
# sets two desktops; only its event loop carries out the request for one (asked again on every
# try, in case a request was lost).
openbox_ready() {
    xdotool set_num_desktops 1 &&
        [[ $(xprop -root -notype _NET_NUMBER_OF_DESKTOPS) == *' = 1' ]]
}
wait_for "window manager" 20 "${pids[-1]}" openbox_ready

trayer --edge top --align right --widthtype request --height 32 --transparent false \
    --tint 0x777777 >"$LTS_DESKTOP_DIR/trayer.log" 2>&1 &
pids+=($!)
# trayer claims the tray (the _NET_SYSTEM_TRAY_S0 selection) before it shows its panel, so once
# the panel is visible, applications started from now on find the tray.
tray_window() {
    local window
    for window in $(xdotool search --onlyvisible --classname '^panel$'); do
        if [[ $(xprop -id "$window" -notype WM_CLASS) == *'"trayer"'* ]]; then
            echo "$window"
            return 0
        fi
    done
    return 1
}
wait_for "trayer panel" 20 "${pids[-1]}" tray_window
export LTS_TRAY_WINDOW
LTS_TRAY_WINDOW=$(tray_window)

# setsid: its own process group, so stop_all reaches whatever it starts.
setsid "$@" &
command_pid=$!
status=0
wait "$command_pid" || status=$?
command_pid=""
exit "$status"
