#!/usr/bin/env bash
# Shared by run.sh and test.sh: installs what is missing (Debian and Ubuntu), then configures
# and builds LetThatSyncIn. Source it and call lts_setup BUILD_TYPE, then use $LTS_BUILD_DIR.
#
# Environment: LTS_BUILD_DIR (default: build, or build-sanitize with LTS_SANITIZE=1),
# LTS_CMAKE_OPTIONS (an array of more CMake options, for scripts that source this file),
# LTS_SANITIZE=1 (AddressSanitizer + UndefinedBehaviorSanitizer), CI=true (warnings are errors).

LTS_SOURCE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Debian's names. Qt 6.4 or newer: Debian 12 (bookworm), Ubuntu 23.04 and later. help2man
# writes the man page from --help. qtkeychain-qt6-dev: QtKeychain, through which the passwords
# of remote locations are kept in the system's keychain (core/service/keychain.cpp); libssh-dev
# is the SSH and SFTP client of SFTP locations. libqt6sql6-sqlite: Qt SQL's SQLite driver (a
# plugin, loaded at run time), in which a remote target's index is kept (core/sync/targetindex.*);
# Qt SQL itself comes with qt6-base-dev.
LTS_BUILD_PACKAGES=(
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-websockets-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
    qt6-translations-l10n libgl-dev help2man
    qtkeychain-qt6-dev libssh-dev libqt6sql6-sqlite
    libcurl4-openssl-dev libssl-dev
)
# What scripts/package.sh needs beyond the build: dpkg-shlibdeps (dpkg-dev) for the .deb's
# dependencies, file (CPack's check of what to strip).
LTS_PACKAGE_PACKAGES=(dpkg-dev file)
# What the tests and benchmarks compare with or need: rsync (the reference the engine is
# checked against), util-linux's unshare (a small filesystem for the disk-full test), time,
# systemd's systemd-analyze (checks the service unit), and Python's websockets and Node's ws
# (run the example scripts of docs/protocol.md); and a throw-away X11 desktop with a system tray
# for the tray's end-to-end test (tests/desktop): the Xvfb server and xauth, the openbox window
# manager, the trayer tray, and the tools that find, click and photograph its windows (x11-utils,
# x11-apps, imagemagick, xdotool); desktop-file-utils checks the desktop and autostart entries,
# appstream the metainfo, lintian the .deb (tests/packaging, with what package.sh needs);
# openssh-server (its sshd on loopback) and openssh-client (ssh-keygen) for the SFTP tests.
# rclone: its `serve sftp` is the SFTP server with a password login that tests/tst_sftplogins
# logs in to (the tests' sshd runs as a user who has no password), and its `serve webdav` one of
# the WebDAV servers; nginx-light with libnginx-mod-http-dav-ext and apache2-bin (Apache's
# mod_dav, Basic and Digest logins; started as nobody with util-linux's setpriv when the tests
# run as root) the others (tests/support/davserver.h); openssl makes the self-signed
# certificate of the TLS tests. python3-paramiko: the SSH server of
# tests/support/kbdintsftpserver.py, which completes keyboard-interactive
# logins (sshd asks such questions only through PAM, which the tests cannot set up). vsftpd
# (explicit and implicit FTPS, no MLSD) and python3-pyftpdlib (MLSD, MFMT) are the FTP servers
# of tests/support/ftpserver.h. MinGW's compiler checks that the Windows watcher compiles
# (tests/CMakeLists.txt: tst_windows_watcher_compiles).
LTS_TEST_PACKAGES=(rsync util-linux time systemd python3 python3-websockets nodejs node-ws
    openssh-server openssh-client rclone nginx-light libnginx-mod-http-dav-ext apache2-bin openssl
    python3-paramiko vsftpd python3-pyftpdlib g++-mingw-w64-x86-64-posix
    xvfb xauth openbox trayer x11-utils x11-apps imagemagick xdotool desktop-file-utils
    appstream lintian "${LTS_PACKAGE_PACKAGES[@]}")

# What the remote benchmark (tests/bench/remote.sh) compares with, never installed by the test
# command (but rclone, which the tests need too): lftp and rclone as the SFTP peers, and what bench.sh also needs (rsync, time, sshd and
# ssh). remote.sh installs what is missing itself.
LTS_BENCH_PACKAGES=(lftp rclone rsync time python3 openssh-server openssh-client)

# What the fuzz targets (tests/fuzz) need: the distribution's default clang, and libclang-rt-dev,
# its libFuzzer and sanitizers' runtime whatever its version (libclang-rt-14-dev on Debian 12,
# which clang only recommends). Both names exist on Debian 12 and 13 and on Ubuntu 24.04.
LTS_FUZZ_PACKAGES=(clang libclang-rt-dev)

lts_missing_packages() {
    local package
    for package in "$@"; do
        if [[ "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null)" != "install ok installed" ]]; then
            printf '%s\n' "$package"
        fi
    done
}

lts_install_packages() {
    local packages=("$@")
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        echo "This script installs packages on Debian and Ubuntu only. On another system, install" >&2
        echo "Qt 6.4 or newer (Core, Network, WebSockets, Concurrent, Widgets, Svg, Test, Linguist" >&2
        echo "tools), CMake 3.21+, Ninja and a C++20 compiler; on Debian they are:" >&2
        echo "  ${packages[*]}" >&2
        echo "then build with: cmake -S . -B build -G Ninja && cmake --build build" >&2
        exit 1
    fi
    local missing
    mapfile -t missing < <(lts_missing_packages "${packages[@]}")
    [[ ${#missing[@]} -eq 0 ]] && return 0

    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "Missing packages: ${missing[*]}" >&2
            echo "Install them as root: apt-get install ${missing[*]}" >&2
            exit 1
        fi
        sudo=(sudo)
    fi
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# lts_setup BUILD_TYPE [EXTRA_PACKAGE...]
lts_setup() {
    local build_type=$1
    shift
    lts_install_packages "${LTS_BUILD_PACKAGES[@]}" "$@"

    local options=(-G Ninja -DCMAKE_BUILD_TYPE="$build_type")
    if [[ "${LTS_SANITIZE:-0}" == 1 ]]; then
        options+=(-DLTS_SANITIZE=ON)
        LTS_BUILD_DIR=${LTS_BUILD_DIR:-$LTS_SOURCE_DIR/build-sanitize}
    else
        options+=(-DLTS_SANITIZE=OFF)
        LTS_BUILD_DIR=${LTS_BUILD_DIR:-$LTS_SOURCE_DIR/build}
    fi
    [[ "${CI:-}" == true ]] && options+=(-DLTS_WERROR=ON)
    options+=(${LTS_CMAKE_OPTIONS[@]+"${LTS_CMAKE_OPTIONS[@]}"})
    command -v ccache >/dev/null 2>&1 && options+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

    cmake -S "$LTS_SOURCE_DIR" -B "$LTS_BUILD_DIR" "${options[@]}" >/dev/null
    cmake --build "$LTS_BUILD_DIR" --parallel "$(nproc 2>/dev/null || echo 2)"
}

# lts_fuzz: builds the fuzz targets of tests/fuzz with clang, libFuzzer, AddressSanitizer and
# UBSan in their own folder (LTS_FUZZ_BUILD_DIR, default build-fuzz), then fuzzes each one for
# LTS_FUZZ_SECONDS (default 60) through ctest. Installs LTS_FUZZ_PACKAGES first; skipped, and
# said so, where they cannot be installed.
lts_fuzz() {
    local build=${LTS_FUZZ_BUILD_DIR:-$LTS_SOURCE_DIR/build-fuzz}
    # In a subshell: where the packages cannot be installed, the tests that ran still count.
    if ! (lts_install_packages "${LTS_FUZZ_PACKAGES[@]}") || ! command -v clang++ >/dev/null 2>&1; then
        echo "Fuzzing skipped: clang++ is missing (Debian and Ubuntu: apt-get install ${LTS_FUZZ_PACKAGES[*]})."
        return 0
    fi
    local options=(-G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=clang++
        -DLTS_FUZZ=ON -DLTS_BUILD_TESTS=OFF -DLTS_FUZZ_SECONDS="${LTS_FUZZ_SECONDS:-60}")
    [[ "${CI:-}" == true ]] && options+=(-DLTS_WERROR=ON)
    command -v ccache >/dev/null 2>&1 && options+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

    local jobs
    jobs=$(nproc 2>/dev/null || echo 2)
    cmake -S "$LTS_SOURCE_DIR" -B "$build" "${options[@]}" >/dev/null
    cmake --build "$build" --target lts_fuzz --parallel "$jobs"
    (cd "$build" && ctest --output-on-failure --parallel "$jobs" -L fuzz)
}

# lts_portable: the suites that exercise the filesystem (the engine's, and the real `sync` and
# service on full and hung disks) again with the portable filesystem layer
# (core/fs/fsops_qt.cpp, what Windows runs) as the local disk's, in their own folder
# (LTS_PORTABLE_BUILD_DIR, default build-portable). Only those test targets (and the
# executable three of them start) are built: about four minutes on two cores from a cold
# ccache, and one to run them.
LTS_PORTABLE_TESTS=(tst_fsconformance tst_memorybackend tst_planner tst_syncengine tst_syncsafety
    tst_restore tst_differential tst_synccontroller tst_synccli tst_adversity tst_headless)
lts_portable() {
    local build=${LTS_PORTABLE_BUILD_DIR:-$LTS_SOURCE_DIR/build-portable}
    local options=(-G Ninja -DCMAKE_BUILD_TYPE=Release -DLTS_PORTABLE_FSOPS=ON)
    [[ "${CI:-}" == true ]] && options+=(-DLTS_WERROR=ON)
    command -v ccache >/dev/null 2>&1 && options+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

    local jobs
    jobs=$(nproc 2>/dev/null || echo 2)
    cmake -S "$LTS_SOURCE_DIR" -B "$build" "${options[@]}" >/dev/null
    cmake --build "$build" --target "${LTS_PORTABLE_TESTS[@]}" --parallel "$jobs"
    local names
    names=$(IFS='|'; echo "${LTS_PORTABLE_TESTS[*]}")
    (cd "$build" && ctest --output-on-failure --parallel "$jobs" -R "^(${names})\$")
}
