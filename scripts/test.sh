#!/usr/bin/env bash
# Installs what is missing, builds LetThatSyncIn with its tests and runs them all, in
# parallel. Arguments go to ctest: scripts/test.sh -R validator.
# LTS_SANITIZE=1 scripts/test.sh runs them under AddressSanitizer and UBSan.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
lts_setup Release "${LTS_TEST_PACKAGES[@]}"
cd "$LTS_BUILD_DIR"
ctest --output-on-failure --parallel "$(nproc 2>/dev/null || echo 2)" "$@"
