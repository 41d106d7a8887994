#!/usr/bin/env bash
# Installs what is missing, builds LetThatSyncIn with its tests and runs them all, in
# parallel; then runs the engine's suites again in build-portable/ with the portable filesystem
# layer (what Windows runs), and builds the fuzz targets in build-fuzz/ and fuzzes each for a
# minute (tests/fuzz). Arguments go to ctest, and then there is neither: scripts/test.sh -R
# validator. LTS_SANITIZE=1 scripts/test.sh runs the tests under AddressSanitizer and UBSan;
# LTS_PORTABLE=0 and LTS_FUZZ=0 leave those steps out, =1 runs them even after chosen tests.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
lts_setup Release "${LTS_TEST_PACKAGES[@]}"
(cd "$LTS_BUILD_DIR" && ctest --output-on-failure --parallel "$(nproc 2>/dev/null || echo 2)" "$@")

all_by_default=$([[ $# -eq 0 ]] && echo 1 || echo 0)
if [[ "${LTS_PORTABLE:-$all_by_default}" == 1 ]]; then
    lts_portable
fi
if [[ "${LTS_FUZZ:-$all_by_default}" == 1 ]]; then
    lts_fuzz
fi
