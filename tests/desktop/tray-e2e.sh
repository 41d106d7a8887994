#!/usr/bin/env bash
# tray-e2e.sh: the tray application end to end, in a real X11 desktop with a system tray
# (with-desktop.sh): its icon shows in the tray, a right click opens its menu with the drive's
# submenu, a left click opens the Drives window with the keyboard focus, and the menu's Quit
# ends it with status 0.
#
#   tests/desktop/tray-e2e.sh APP BUILD_DIR
#
# APP is the letthatsyncin executable. Screenshots go to BUILD_DIR: tray-e2e.png (the menu open),
# tray-e2e-drives.png (the Drives window), tray-e2e-failure.png (the screen when a step failed).
# The application runs on folders of its own, removed at the end. Exit status: 0 passed, 1
# failed, 77 skipped (a tool is missing; the reason is printed).
set -euo pipefail

# The tools of this script, checked (and a skip said) by with-desktop.sh with its own.
source "$(dirname "${BASH_SOURCE[0]}")/e2e-lib.sh" tray-e2e \
    "xwininfo:x11-utils xwd:x11-apps convert:imagemagick identify:imagemagick" "$@"
shot="$out_dir/tray-e2e.png"
drives_shot="$out_dir/tray-e2e-drives.png"
failure_shot="$out_dir/tray-e2e-failure.png"
rm -f "$shot" "$drives_shot" "$failure_shot" # a stale picture must not pass for a new one

fail() {
    echo "tray-e2e: FAIL: $*" >&2
    if screenshot "$failure_shot" 2>/dev/null; then
        echo "tray-e2e: the screen at the failure: $failure_shot" >&2
    fi
    echo "tray-e2e: windows in the tray:" >&2
    xwininfo -tree -id "$LTS_TRAY_WINDOW" 2>&1 | sed 's/^/    /' >&2 || true
    echo "tray-e2e: the application's output:" >&2
    sed 's/^/    /' "$work/app.log" >&2 || true
    exit 1
}

# A JSON string of $1.
json_string() {
    local text=${1//\\/\\\\}
    text=${text//\"/\\\"}
    printf '"%s"' "$text"
}

# Prints "X Y WIDTH HEIGHT MAPSTATE OVERRIDE" of window $1 (X and Y on the screen).
geometry() {
    xwininfo -id "$1" 2>/dev/null | awk '
        /Absolute upper-left X:/ { x = $4 }
        /Absolute upper-left Y:/ { y = $4 }
        /^ *Width:/ { w = $2 }
        /^ *Height:/ { h = $2 }
        /Map State:/ { m = $3 }
        /Override Redirect State:/ { o = $4 }
        END { if (w == "") exit 1; print x, y, w, h, m, o }'
}

# The application's tray icon: prints "WINDOW X Y WIDTH HEIGHT" of a window of the application
# that trayer's panel holds (embedded, so a child of the panel's socket), shown and not empty.
tray_icon() {
    local tree window x y w h map override
    tree=$(xwininfo -tree -id "$LTS_TRAY_WINDOW" 2>/dev/null) || return 1
    for window in $(xdotool search --pid "$app_pid" 2>/dev/null); do
        [[ $tree == *"$(printf '0x%x' "$window") "* ]] || continue
        read -r x y w h map override < <(geometry "$window") || continue
        if [[ $map == IsViewable ]] && ((w >= 8 && h >= 8)); then
            echo "$window $x $y $w $h"
            return 0
        fi
    done
    return 1
}

# The application's shown pop-up windows (menus; not the icon, not tooltips), one
# "WINDOW X Y WIDTH HEIGHT" a line.
popups() {
    local window x y w h map override
    for window in $(xdotool search --onlyvisible --pid "$app_pid" 2>/dev/null); do
        [[ $window == "$icon" ]] && continue
        read -r x y w h map override < <(geometry "$window") || continue
        if [[ $map != IsViewable || $override != yes ]] || ((w < 20 || h < 20)); then
            continue
        fi
        [[ $(xprop -id "$window" -notype _NET_WM_WINDOW_TYPE 2>/dev/null) == *TOOLTIP* ]] &&
            continue
        echo "$window $x $y $w $h"
    done
}

popup_count() {
    local lines
    lines=$(popups)
    if [[ -z $lines ]]; then
        echo 0
    else
        wc -l <<<"$lines"
    fi
}

# The number of colours of a region "X Y WIDTH HEIGHT" of picture $1: a window drawn with text
# has dozens (antialiasing), one not drawn yet one or two.
colours() {
    local picture=$1 x=$2 y=$3 w=$4 h=$5
    convert "$picture" -crop "${w}x${h}+${x}+${y}" +repage -format %k info:
}

# Polls COMMAND until it succeeds: within SECONDS WHAT COMMAND [ARG...]; fails the test when
# the deadline passes or the application has ended.
within() {
    local limit=$1 what=$2 deadline=$(($1 + SECONDS))
    shift 2
    until "$@"; do
        kill -0 "$app_pid" 2>/dev/null || fail "the application ended while waiting for $what"
        ((SECONDS < deadline)) || fail "no $what after $limit s"
        sleep 0.2
    done
}

# Whether the region "X Y WIDTH HEIGHT" of the screen is drawn; the screenshot is left in
# $work/screen.png.
drawn() {
    screenshot "$work/screen.png" && (($(colours "$work/screen.png" "$@") >= 10))
}

# A screenshot of the whole screen in $1 once the region "X Y WIDTH HEIGHT" is drawn.
drawn_screenshot() {
    local picture=$1
    shift
    drawn "$@" && mv -f "$work/screen.png" "$picture"
}

# Prints "LEFT TOP WIDTH HEIGHT" of the region that holds all the pop-ups.
popups_region() {
    popups | awk '
        NR == 1 { l = $2; t = $3; r = $2 + $4; b = $3 + $5 }
        {
            if ($2 < l) l = $2
            if ($3 < t) t = $3
            if ($2 + $4 > r) r = $2 + $4
            if ($3 + $5 > b) b = $3 + $5
        }
        END { print l, t, r - l, b - t }'
}

popups_shown() { (($(popup_count) >= $1)); }

# Waits until $1 pop-ups are shown and drawn: a menu takes keys only once it has grabbed the
# keyboard, which it does before it is drawn.
wait_for_popups() {
    local count=$1 what=$2 region
    within 10 "$what" popups_shown "$count"
    region=$(popups_region)
    # shellcheck disable=SC2086 # four numbers
    within 10 "drawn $what" drawn $region
}

# The drive: a source folder with a file, so the menu has the drive's submenu.
mkdir -p "$work/config" "$work/data" "$work/source/Album" "$work/target"
echo "a photo" >"$work/source/Album/photo.txt"
cat >"$work/config/config.json" <<JSON
{
  "Version": 1,
  "Drives": [
    {
      "Name": "Photos",
      "Source": $(json_string "$work/source"),
      "Target": $(json_string "$work/target"),
      "Sleep": 1,
      "Units": "Days",
      "Mode": "Mirror"
    }
  ]
}
JSON

say "starting $app on $DISPLAY"
"$app" --config-dir "$work/config" --data-dir "$work/data" --ws-port 0 >"$work/app.log" 2>&1 &
app_pid=$!

# 1. The icon is embedded in the tray.
icon_found() { icon_line=$(tray_icon); }
within 30 "tray icon of the application in trayer's panel" icon_found
read -r icon icon_x icon_y icon_w icon_h <<<"$icon_line"
centre_x=$((icon_x + icon_w / 2))
centre_y=$((icon_y + icon_h / 2))
say "the tray icon is shown: window $icon, ${icon_w}x$icon_h at $icon_x,$icon_y"

# 2. A right click opens the menu; its first item is the drive's submenu.
say "right click on the icon"
# No --sync: xdotool then waits 15 s when the pointer is there already. The server handles one
# client's requests in order, so the click comes at the new place anyway.
xdotool mousemove "$centre_x" "$centre_y" click 3
wait_for_popups 1 "menu after a right click on the icon"
read -r menu menu_x menu_y menu_w menu_h < <(popups)
say "the menu is open: window $menu, ${menu_w}x$menu_h at $menu_x,$menu_y"
say "keys Down, Right: the first item opens the drive's submenu"
xdotool key Down Right
wait_for_popups 2 "submenu of the drive after the keys Down and Right"
mv -f "$work/screen.png" "$shot"
screen_colours=$(identify -format %k "$shot")
((screen_colours >= 10)) || fail "the screenshot $shot is blank ($screen_colours colours)"
say "screenshot with the menu open: $shot ($screen_colours colours)"

# 3. Escape closes the menus; a left click opens the Drives window and gives it the focus.
xdotool key Escape Escape
menus_closed() { (($(popup_count) == 0)); }
within 10 "closing of the menus after Escape" menus_closed
say "the menus closed on Escape; left click on the icon"
xdotool mousemove "$centre_x" "$centre_y" click 1
# Away from the icon, so no tooltip comes up over the next steps.
xdotool mousemove 640 500
drives_found() {
    drives=$(xdotool search --all --onlyvisible --pid "$app_pid" --name '^Drives( |$)' 2>/dev/null)
}
within 10 "Drives window after a left click on the icon" drives_found
drives=${drives%%$'\n'*}
read -r drives_x drives_y drives_w drives_h _ _ < <(geometry "$drives")
say "the Drives window is shown: window $drives, ${drives_w}x$drives_h at $drives_x,$drives_y"
drives_active() {
    [[ $(xprop -root -notype _NET_ACTIVE_WINDOW 2>/dev/null) == *" $(printf '0x%x' "$drives")" ]]
}
within 10 "keyboard focus on the Drives window (the active window)" drives_active
say "the Drives window is the active window"
within 10 "drawn Drives window in a screenshot" \
    drawn_screenshot "$drives_shot" "$drives_x" "$drives_y" "$drives_w" "$drives_h"
say "screenshot of the Drives window: $drives_shot"

# 4. The menu's last item, Quit, ends the application with status 0.
say "right click on the icon, then Up (the last item, Quit) and Return"
xdotool mousemove "$centre_x" "$centre_y" click 3
wait_for_popups 1 "menu after a right click on the icon"
xdotool key Up Return
deadline=$((SECONDS + 15))
while kill -0 "$app_pid" 2>/dev/null; do
    ((SECONDS < deadline)) || fail "the application still runs 15 s after Quit"
    sleep 0.2
done
status=0
wait "$app_pid" || status=$?
app_pid=""
((status == 0)) || fail "the application ended with status $status after Quit"
say "the application quit with status 0"
say "PASS"
