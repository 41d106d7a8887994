#!/usr/bin/env bash
# Installs what is missing, builds LetThatSyncIn (Release) and starts it; arguments are
# passed on: scripts/run.sh list, scripts/run.sh --help.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
lts_setup Release
exec "$LTS_BUILD_DIR/app/letthatsyncin" "$@"
