# e2e-lib.sh: what the end-to-end tests in a real desktop share. A test sources it first thing:
#
#   source "$(dirname "${BASH_SOURCE[0]}")/e2e-lib.sh" NAME "TOOL:PACKAGE ..." "$@"
#
# It checks the test's arguments (APP BUILD_DIR); outside the desktop, it runs the test again
# inside one (with-desktop.sh, which checks the tools and says why it skips when one is
# missing). Inside, it sets app, out_dir, work (a temporary folder, removed at the end) and
# app_pid (the application, once the test starts it: stopped at the end), and gives say and
# screenshot. The test then writes its own fail, with what helps to understand its failures.

e2e_name=$1
e2e_tools=$2
shift 2

say() { echo "$e2e_name: $*"; }

if [[ $# -ne 2 ]]; then
    echo "usage: $e2e_name.sh APP BUILD_DIR" >&2
    exit 2
fi
app=$1
out_dir=$2

if [[ ${LTS_E2E_INSIDE:-} != "$e2e_name" ]]; then
    if [[ ! -x "$app" ]]; then
        say "FAIL: no application at $app" >&2
        exit 1
    fi
    export LTS_E2E_INSIDE=$e2e_name
    export LTS_DESKTOP_TOOLS=$e2e_tools
    exec bash "$(dirname "${BASH_SOURCE[0]}")/with-desktop.sh" bash "${BASH_SOURCE[1]}" "$@"
fi

# From here on: inside the desktop (DISPLAY, LTS_TRAY_WINDOW, a throw-away HOME).
export LC_ALL=C.UTF-8 LANGUAGE=en # the window titles looked for are the English ones
mkdir -p "$out_dir"
work=$(mktemp -d "${TMPDIR:-/tmp}/lts-$e2e_name.XXXXXXXX")
app_pid=""

e2e_cleanup() {
    local status=$?
    trap - EXIT INT TERM HUP
    set +e
    if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
        kill -TERM "$app_pid"
        local deadline=$((SECONDS + 10))
        while kill -0 "$app_pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.1; done
        kill -KILL "$app_pid" 2>/dev/null
        wait "$app_pid" 2>/dev/null
    fi
    rm -rf "$work"
    exit "$status"
}
trap e2e_cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

screenshot() { xwd -root -silent | convert xwd:- "$1"; }
