#!/usr/bin/env bash
# safety-e2e.sh: nothing is deleted that the user did not see, tried as a new user would in a
# real X11 desktop (with-desktop.sh), with the keyboard only. The tray application starts with
# no drive and shows its first step; the user adds a Mirror drive whose target folder already
# holds documents of their own. The first run deletes nothing and is refused; the user opens
# the review, asks to run anyway, and is asked first: Cancel keeps every document; only the
# confirmation deletes them (and keeps them as versions).
#
#   tests/desktop/safety-e2e.sh APP BUILD_DIR
#
# A screenshot goes to BUILD_DIR when a step fails: safety-e2e-failure.png. (A dialog that has a
# parent window, such as the question, is not drawn in this Xvfb and openbox desktop, though it
# takes its keys: the steps go by keyboard and by what the folders hold.) Exit status: 0 passed, 1
# failed, 77 skipped (a tool is missing; the reason is printed).
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/e2e-lib.sh" safety-e2e \
    "xwd:x11-apps convert:imagemagick xwininfo:x11-utils" "$@"
failure_shot="$out_dir/safety-e2e-failure.png"
rm -f "$out_dir"/safety-e2e-*.png # a stale picture must not pass for a new one

fail() {
    echo "safety-e2e: FAIL: $*" >&2
    screenshot "$failure_shot" 2>/dev/null && echo "safety-e2e: the screen: $failure_shot" >&2
    echo "safety-e2e: the application's output:" >&2
    sed 's/^/    /' "$work/app.log" >&2 || true
    echo "safety-e2e: the history:" >&2
    sed 's/^/    /' "$work/data/history.jsonl" >&2 || true
    exit 1
}

# Polls COMMAND until it succeeds: within SECONDS WHAT COMMAND [ARG...].
within() {
    local limit=$1 what=$2 deadline=$(($1 + SECONDS))
    shift 2
    until "$@"; do
        kill -0 "$app_pid" 2>/dev/null || fail "the application ended while waiting for $what"
        ((SECONDS < deadline)) || fail "no $what after $limit s"
        sleep 0.2
    done
}

# The application's shown window whose title matches $1 (a regular expression): into $window.
window_titled() {
    window=$(xdotool search --all --onlyvisible --pid "$app_pid" --name "$1" 2>/dev/null |
        head -n 1)
    [[ -n $window ]]
}
# Whether that window is the one with the keyboard focus.
active() {
    [[ $(xprop -root -notype _NET_ACTIVE_WINDOW 2>/dev/null) == *" $(printf '0x%x' "$1")" ]]
}
# Waits for a window titled $2 (within $1 s), then for its keyboard focus.
wait_for_window() {
    within "$1" "window \"$2\"" window_titled "$2"
    within 10 "keyboard focus on \"$2\"" active "$window"
}
# Keys to the window with the focus.
keys() { xdotool key --clearmodifiers "$@"; }
type_text() { xdotool type --clearmodifiers --delay 5 -- "$1"; }

documents_intact() {
    local i
    for ((i = 0; i < 8; i++)); do
        [[ $(cat "$work/backup/letter$i.odt" 2>/dev/null) == "mine $i" ]] || return 1
    done
}
history_has() { grep -q -- "$1" "$work/data/history.jsonl" 2>/dev/null; }
drive_saved() { grep -q '"Mirror"' "$work/config/config.json" 2>/dev/null; }
documents_gone() { [[ ! -e $work/backup/letter0.odt && -e $work/backup/photo.jpg ]]; }

# A source with a photo, and a backup folder that already holds 8 documents of the user's.
mkdir -p "$work/config" "$work/data" "$work/Photos" "$work/backup"
echo "a photo" >"$work/Photos/photo.jpg"
for ((i = 0; i < 8; i++)); do echo "mine $i" >"$work/backup/letter$i.odt"; done

say "starting $app on $DISPLAY with no drive"
"$app" --config-dir "$work/config" --data-dir "$work/data" --ws-port 0 >"$work/app.log" 2>&1 &
app_pid=$!

# 1. The first start shows the Drives window with its first step: Enter adds a drive.
wait_for_window 30 '^Drives$'
drives=$window
say "the Drives window opened by itself; Enter on \"Add your first drive…\""
keys Return
wait_for_window 10 '^Add drive$'

# 2. The editor, by keyboard: the name stays empty (named after the folder), Tab past the
# Source's "Folder on this computer" to its folder, Tab past Browse and the Target's "Folder on
# this computer" to its folder.
say "typing the source and the target"
keys Tab Tab
type_text "$work/Photos"
keys Tab Tab Tab
type_text "$work/backup"

# OK is the default button, enabled once the fields are checked: Enter until the drive is saved.
press_ok() {
    if window_titled '^Add drive$'; then keys Return; fi
    drive_saved
}
within 15 "the drive saved after Enter on OK" press_ok
say "the drive is saved; its first run starts at once"

# 3. The first run is refused before any change: every document is still there.
within 30 "a refused first run in the history" history_has '"Target Not Empty'
documents_intact || fail "a document was deleted by the refused first run"
[[ ! -e $work/backup/photo.jpg ]] || fail "the refused run copied the photo (it must change nothing)"
say "the first run was refused (Target Not Empty) and changed nothing"

# 4. The refused bar: Alt+R opens the review.
wait_for_window 10 '^Drives$'
keys alt+r
wait_for_window 10 '^Review: Photos$'
review=$window
say "the review is open; Alt+R (Run anyway…) once the list is there"
# Run anyway is enabled once the comparison is done: Alt+R until the question comes.
ask() {
    if active "$review"; then keys alt+r; fi
    window_titled '^Run anyway$'
}
within 30 "the question of Run anyway" ask
question=$window
within 10 "keyboard focus on the question" active "$question"
documents_intact || fail "a document was deleted while the question was open"

# 5. Enter takes the default, Cancel: nothing is deleted.
say "Enter: the default answer, Cancel"
keys Return
question_closed() { ! xwininfo -id "$question" 2>/dev/null | grep -q IsViewable; }
within 10 "the question closed" question_closed
documents_intact || fail "Cancel deleted a document"
history_has '"Forced":true' && fail "Cancel started a forced run"
say "Cancel kept every document"

# 6. Asked again and confirmed (Alt+D, "Delete 8 files"): the documents go, kept as versions.
within 10 "keyboard focus on the review" active "$review"
keys alt+r
within 10 "the question of Run anyway again" window_titled '^Run anyway$'
within 10 "keyboard focus on the question" active "$window"
say "Alt+D: Delete 8 files"
keys alt+d
within 30 "the documents deleted by the confirmed run" documents_gone
within 30 "a forced run in the history" history_has '"Forced":true'
versions=$(find "$work/backup/.letthatsyncin/versions" -name 'letter*.odt' | wc -l)
((versions == 8)) || fail "the deleted documents are not kept as versions ($versions of 8)"
say "confirmed: 8 documents deleted, and kept as versions"
say "PASS"
