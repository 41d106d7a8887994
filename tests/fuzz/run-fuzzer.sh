#!/usr/bin/env bash
# One bounded fuzz run, as ctest runs it: run-fuzzer.sh FUZZER SEED_FOLDER SECONDS ARTIFACT_FOLDER
#
# The seeds are copied to a temporary folder first, because libFuzzer adds the inputs it finds
# to the corpus folder it is given: a run never writes into the sources. The temporary files
# of the target go there too (TMPDIR), and all of it is removed afterwards. An input that
# crashes the target or fails one of its checks is kept in ARTIFACT_FOLDER, and its path and
# the command that reproduces it are printed; the test then fails.
set -euo pipefail

fuzzer=$1
seeds=$2
seconds=$3
artifacts=$4

# On tmpfs where there is one: the configuration's saves flush to the disk, which costs nothing
# there, and the targets that save try ten times the inputs a second.
base=${TMPDIR:-/tmp}
[[ -d /dev/shm && -w /dev/shm ]] && base=/dev/shm
work=$(mktemp -d "$base/lts-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus" "$work/tmp" "$artifacts"
cp -R "$seeds/." "$work/corpus/"

name=$(basename "$fuzzer")
prefix="$artifacts/$name-"
# -timeout: one input that takes longer is a hang, and fails like a crash.
# -rss_limit_mb: AddressSanitizer's shadow memory included, far from what a frame may need.
# -print_final_stats: the number of inputs tried, so a run that tried few is seen.
touch "$work/started"
status=0
TMPDIR="$work/tmp" "$fuzzer" "$work/corpus" -dict="$(dirname "$0")/lts.dict" \
    -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2560 \
    -artifact_prefix="$prefix" -print_final_stats=1 || status=$?

if [[ $status -ne 0 ]]; then
    found=$(find "$artifacts" -maxdepth 1 -name "$name-*" -newer "$work/started" | head -n 1)
    echo
    echo "$name failed (exit code $status)."
    if [[ -n "$found" ]]; then
        echo "The input that failed: $found"
        echo "Reproduce it with: $fuzzer $found"
    fi
    exit 1
fi
