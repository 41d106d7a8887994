#!/usr/bin/env bash
# Builds LetThatSyncIn against libssh 0.11 and runs the SFTP suites with it. Debian 12 (what
# CI builds) has libssh 0.10; the SFTP backend uses 0.11's asynchronous writes and reads where
# the build finds 0.11 or later (core/fs/sftpfs.cpp, under LIBSSH_VERSION_INT), and this is
# how that code is built and tested before a distribution ships it.
#
# It downloads Debian 13's libssh 0.11.2 source (checked against the sha256 below, the one
# Debian's libssh_0.11.2-1+deb13u1.dsc lists), builds it into a prefix, configures a build of
# this project against that prefix in a separate build dir (its binaries load the prefix's
# library through their RUNPATH; the script checks that with ldd), builds it and runs the SFTP
# suites there. Not part of scripts/test.sh: the file can leave Debian's pool when Debian
# updates the package (then change the version and sha256 here).
#
#   scripts/libssh-next.sh                 # everything: libssh, the build, the SFTP suites
#   scripts/libssh-next.sh -R sftpfaults   # arguments go to ctest instead of the SFTP suites
#
# Environment: LIBSSH_PREFIX (default /var/tmp/libssh-0.11), LIBSSH_NEXT_BUILD_DIR (default
# build-libssh011), LTS_JOBS (default 1: parallel jobs of both builds).
set -euo pipefail

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# This project's packages (the tests' too), and what libssh's build needs beyond them: OpenSSL
# and zlib's headers, and curl and xz to fetch and unpack it; installed where missing.
# shellcheck source=setup.sh
source "$source_dir/scripts/setup.sh"
lts_install_packages "${LTS_BUILD_PACKAGES[@]}" "${LTS_TEST_PACKAGES[@]}" \
    libssl-dev zlib1g-dev curl xz-utils
version=0.11.2
tarball=libssh_${version}.orig.tar.xz
url=http://deb.debian.org/debian/pool/main/libs/libssh/${tarball}
sha256=69529fc18f5b601f0baf0e5a4501a2bc26df5e2f116f5f8f07f19fafaa6d04e7
prefix=${LIBSSH_PREFIX:-/var/tmp/libssh-0.11}
build_dir=${LIBSSH_NEXT_BUILD_DIR:-build-libssh011}
[[ $build_dir == /* ]] || build_dir=$source_dir/$build_dir
jobs=${LTS_JOBS:-1}
# The SFTP suites: the backend, its faults and logins, drives and the command line over SFTP,
# and the conformance suite (which runs every check on an SFTP folder too).
suites='^(tst_sftp.*|tst_sshsession|tst_fsconformance|tst_remotecli|tst_remoteapi|tst_loginquestions)$'

if [[ ! -f $prefix/lib/pkgconfig/libssh.pc ]] \
    || ! grep -qx "Version: ${version}" "$prefix/lib/pkgconfig/libssh.pc"; then
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    echo "== Downloading $url"
    curl -fsSL -o "$work/$tarball" "$url"
    echo "$sha256  $work/$tarball" | sha256sum --check --quiet
    tar -xJf "$work/$tarball" -C "$work"
    echo "== Building libssh $version into $prefix"
    cmake -S "$work/libssh-$version" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_INSTALL_LIBDIR=lib \
        -DWITH_GSSAPI=OFF -DWITH_EXAMPLES=OFF -DUNIT_TESTING=OFF -DCLIENT_TESTING=OFF \
        -DSERVER_TESTING=OFF -DWITH_SERVER=OFF -DBUILD_SHARED_LIBS=ON
    cmake --build "$work/build" -j"$jobs"
    cmake --install "$work/build"
fi

echo "== Configuring $build_dir against $prefix"
# pkg-config finds the prefix's libssh.pc before the system's: CMAKE_PREFIX_PATH comes first
# in pkg_check_modules' search, and PKG_CONFIG_PATH for good measure.
PKG_CONFIG_PATH=$prefix/lib/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH} \
    cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLTS_WERROR=ON \
    -DCMAKE_PREFIX_PATH="$prefix" \
    $(command -v ccache >/dev/null && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
found=$(sed -n 's/^LIBSSH_VERSION:INTERNAL=//p' "$build_dir/CMakeCache.txt")
if [[ $found != "$version" ]]; then
    echo "The build found libssh ${found:-(none)}, not $version from $prefix" >&2
    exit 1
fi
# The SFTP suites' targets only (test names are target names), unless ctest gets other tests.
if [[ $# -eq 0 ]]; then
    mapfile -t targets < <(cd "$build_dir" && ctest -N -R "$suites" | sed -n 's/^ *Test *#[0-9]*: //p')
    cmake --build "$build_dir" -j"$jobs" --target "${targets[@]}"
else
    cmake --build "$build_dir" -j"$jobs"
fi

# Every binary that loads libssh (the test suites of the backend, the module of the remote
# backends that the application tst_remotecli runs loads) must load the prefix's, not the
# system's 0.10.
libssh_of() { ldd "$1" | awk '$1 ~ /^libssh\.so/ { print $3 }'; }
for binary in "$build_dir"/tests/tst_* "$build_dir"/app/letthatsyncin-remote.so; do
    [[ -f $binary && -x $binary ]] || continue
    loaded=$(libssh_of "$binary")
    if [[ -n $loaded && $loaded != "$prefix"/lib/* ]]; then
        echo "$binary loads $loaded, not $prefix's libssh" >&2
        exit 1
    fi
done
for binary in "$build_dir"/app/letthatsyncin-remote.so "$build_dir"/tests/tst_sftpfaults; do
    if [[ -f $binary && $(libssh_of "$binary") != "$prefix"/lib/* ]]; then
        echo "$binary does not load $prefix's libssh" >&2
        exit 1
    fi
done
echo "== The application and the tests load $(libssh_of "$build_dir/app/letthatsyncin-remote.so")"

cd "$build_dir"
if [[ $# -eq 0 ]]; then
    ctest --output-on-failure -j"$jobs" -R "$suites"
else
    ctest --output-on-failure -j"$jobs" "$@"
fi
