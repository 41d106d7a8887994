#!/usr/bin/env bash
# Installs what is missing, builds LetThatSyncIn (Release, without its tests) in
# build-package/ and makes its packages there: a .deb for Debian and Ubuntu, and a .tar.gz.
#   scripts/package.sh && sudo apt install ./build-package/letthatsyncin_*.deb
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
LTS_BUILD_DIR=${LTS_BUILD_DIR:-$LTS_SOURCE_DIR/build-package}
lts_install_packages "${LTS_PACKAGE_PACKAGES[@]}"
# Debian's hardening flags (fortified functions, read-only relocations, bind now), as a
# Debian package of the distribution would have them.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
LTS_CMAKE_OPTIONS=(-DLTS_BUILD_TESTS=OFF
    "-DCMAKE_CXX_FLAGS=$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)"
    "-DCMAKE_EXE_LINKER_FLAGS=$(dpkg-buildflags --get LDFLAGS)")
lts_setup Release
cd "$LTS_BUILD_DIR"
cpack
ls -1 "$LTS_BUILD_DIR"/letthatsyncin[_-]*.{deb,tar.gz}
