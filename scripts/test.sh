#!/usr/bin/env bash
# Installs what is missing, builds LetThatSyncIn with its tests and runs them all, in
# parallel; then builds the fuzz targets in build-fuzz/ and fuzzes each for a minute
# (tests/fuzz). Arguments go to ctest, and then there is no fuzzing: scripts/test.sh -R validator.
# LTS_SANITIZE=1 scripts/test.sh runs the tests under AddressSanitizer and UBSan; LTS_FUZZ=0
# leaves the fuzzing out, LTS_FUZZ=1 fuzzes even after a run of chosen tests.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
lts_setup Release "${LTS_TEST_PACKAGES[@]}"
(cd "$LTS_BUILD_DIR" && ctest --output-on-failure --parallel "$(nproc 2>/dev/null || echo 2)" "$@")

fuzz_by_default=$([[ $# -eq 0 ]] && echo 1 || echo 0)
if [[ "${LTS_FUZZ:-$fuzz_by_default}" == 1 ]]; then
    lts_fuzz
fi
