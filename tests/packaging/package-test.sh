#!/usr/bin/env bash
# The .deb as a user gets it: built with CPack from the build folder, its file list, its
# desktop entry, metainfo and Debian policy (lintian, no errors), then unpacked into a
# throw-away root where the installed program must start and sync.
#   package-test.sh SOURCE_DIR BUILD_DIR VERSION
# Exit 77 (skipped) when a tool is missing; scripts/test.sh installs them.
set -euo pipefail
source_dir=$1 build_dir=$2 version=$3

declare -A package_of=([cpack]=cmake [dpkg-deb]=dpkg [dpkg-shlibdeps]=dpkg-dev [file]=file
    [lintian]=lintian [appstreamcli]=appstream [desktop-file-validate]=desktop-file-utils)
missing=()
for tool in "${!package_of[@]}"; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("${package_of[$tool]}")
done
if [[ ${#missing[@]} -gt 0 ]]; then
    echo "SKIP: cannot build or check the .deb without: apt-get install ${missing[*]}" >&2
    exit 77
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/lts-package.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

step "building the package"
cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; fail "cpack could not build the .deb"; }
deb=$(ls "$work"/out/letthatsyncin_"$version"_*.deb 2>/dev/null | head -1)
[[ -f "$deb" ]] || fail "no letthatsyncin_${version}_*.deb in $work/out"

step "its fields and dependencies"
control=$(dpkg-deb -f "$deb")
for field in "Package: letthatsyncin" "Version: $version" "Section: utils" "Priority: optional" \
             "Homepage: https://letthatsyncin.org" "Maintainer: "; do
    grep -q "^$field" <<<"$control" || fail "the control file has no \"$field\": $control"
done
depends=$(dpkg-deb -f "$deb" Depends)
# From dpkg-shlibdeps: the Qt libraries it links, with versions; and the SVG and SQLite plugins.
for library in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6websockets6 \
               libqt6concurrent6 libqt6sql6 libqt6svg6 libqt6sql6-sqlite libc6 libstdc++6; do
    grep -q "\b$library\b" <<<"$depends" || fail "Depends lacks $library: $depends"
done
grep -q "libqt6core6 (>= " <<<"$depends" || fail "Depends has no versions (dpkg-shlibdeps?): $depends"

step "its files"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' | grep -v '/$' | sort >"$work/files"
expected=(
    /usr/bin/letthatsyncin
    /usr/libexec/letthatsyncin/letthatsyncin-tray
    /usr/libexec/letthatsyncin/letthatsyncin-remote.so
    /usr/lib/systemd/user/letthatsyncin.service
    /usr/share/applications/org.letthatsyncin.LetThatSyncIn.desktop
    /usr/share/metainfo/org.letthatsyncin.LetThatSyncIn.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/org.letthatsyncin.LetThatSyncIn.svg
    /usr/share/man/man1/letthatsyncin.1.gz
    /usr/share/doc/letthatsyncin/copyright
    /usr/share/doc/letthatsyncin/changelog.gz
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/org.letthatsyncin.LetThatSyncIn.png")
done
printf '%s\n' "${expected[@]}" | sort >"$work/expected"
diff -u "$work/expected" "$work/files" || fail "the file list differs (- expected, + in the .deb)"

step "unpacked into a throw-away root"
root="$work/root"
dpkg-deb -x "$deb" "$root"
for size in 16 48 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/org.letthatsyncin.LetThatSyncIn.png"
    file -b "$png" | grep -q "PNG image data, $size x $size" || fail "$png: $(file -b "$png")"
done
grep -qx "ExecStart=/usr/bin/letthatsyncin --headless" \
    "$root/usr/lib/systemd/user/letthatsyncin.service" || fail "the unit does not start /usr/bin/letthatsyncin"
zcat "$root/usr/share/man/man1/letthatsyncin.1.gz" | grep -q "headless" \
    || fail "the man page does not describe --headless"

step "desktop-file-validate"
desktop-file-validate "$root/usr/share/applications/org.letthatsyncin.LetThatSyncIn.desktop"
step "appstreamcli validate"
metainfo="$root/usr/share/metainfo/org.letthatsyncin.LetThatSyncIn.metainfo.xml"
appstreamcli validate --no-net "$metainfo"
grep -q "<release version=\"$version\"" "$metainfo" \
    || fail "the metainfo has no release $version: add it to resources/*.metainfo.xml.in"
grep -q "<content_rating type=\"oars-1.1\"" "$metainfo" || fail "no content rating"
[[ $(grep -c "<screenshot" "$metainfo") -ge 3 ]] || fail "fewer than 2 screenshots in the metainfo"

step "lintian (no errors)"
lintian --fail-on error "$deb" 2>&1 | tee "$work/lintian.log"

step "the installed program"
home="$work/home"
mkdir -p "$home"
run() { env -i HOME="$home" PATH=/usr/bin:/bin LC_ALL=C.UTF-8 LANGUAGE=en "$root/usr/bin/letthatsyncin" "$@"; }
[[ "$(run --version)" == "letthatsyncin $version" ]] || fail "--version says: $(run --version)"
mkdir -p "$work/photos/2026"
printf 'a holiday\n' >"$work/photos/2026/beach.jpg"
printf 'a cat\n' >"$work/photos/cat.jpg"
run sync "$work/photos" "$work/backup" || fail "the one-shot sync failed"
# The tray is an executable of its own, which letthatsyncin starts: here without a display,
# it is found and says so.
tray=$(run 2>&1) && fail "the tray started without a display"
grep -q "no display" <<<"$tray" || fail "letthatsyncin does not start its tray: $tray"
diff -r --exclude=.letthatsyncin "$work/photos" "$work/backup" || fail "the backup differs from the photos"
# The SFTP and FTP backends are a module that letthatsyncin loads for a server location: found
# where it is installed, it tries the server (nothing listens on port 1) instead of saying that
# it is missing.
server=$(run sync "$work/photos" sftp://127.0.0.1:1/backup 2>&1) && fail "a sync to no server succeeded"
grep -q "Connection refused" <<<"$server" || fail "the SFTP backend was not loaded: $server"
echo "PASS: $(basename "$deb")"
