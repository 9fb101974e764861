#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# Second command of the README (and what CI runs): installs what is missing, builds with warnings as
# errors, and runs every test (GUI tests under Xvfb, benchmarks as sanity cases); then builds again with
# AddressSanitizer + UndefinedBehaviorSanitizer (asan preset, no GUI) and runs the non-GUI tests there
# (but the two slowest lupa-cli suites, whose training and validation run under ASan in the unit tests),
# where any sanitizer report (memory error, leak, undefined behaviour) fails the test that caused it;
# last, a bounded fuzzing run of every reader's fuzz target (scripts/fuzz.sh; LUPA_FUZZ_SECONDS per target,
# default 5, 0 = none).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/install-deps.sh
start=$(date +%s)
scripts/build.sh ci
echo "test: build took $(( $(date +%s) - start )) s"
ctest --preset ci -j "$(nproc)"
start=$(date +%s)
scripts/build.sh asan
echo "test: sanitizer build took $(( $(date +%s) - start )) s"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --preset asan -j "$(nproc)" -LE "gui|packaging|heavy" -E "^(AnomalyCli|CaloCli)$"
# Fuzzing needs a third build (clang); the ci, asan and fuzz presets build in unity batches and link with
# lld to leave time for it (docs/reliability.md). The fuzz-replay tests above also feed every corpus and
# regression to each target in both builds.
fuzz_seconds="${LUPA_FUZZ_SECONDS:-5}"
if ((fuzz_seconds > 0)); then
    scripts/fuzz.sh "$fuzz_seconds"
fi
