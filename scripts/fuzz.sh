#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# Builds the libFuzzer targets (fuzz preset, clang + ASan + UBSan) and fuzzes each for SECONDS
# (default 60), starting from its seed corpus in fuzz/corpus/<name>. New interesting inputs stay in
# build/fuzz/corpus/<name>; a crash, leak, timeout or sanitizer report is written to
# build/fuzz/artifacts/<name>/ and fails the run: copy it into fuzz/regressions/<name>/ with the fix,
# so that the fuzz-replay.<name> test keeps it fixed.
# Usage: scripts/fuzz.sh [SECONDS] [NAME...]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds="${1:-60}"
shift || true
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target lupa_fuzzers -j "$(nproc)"
names=("$@")
if ((${#names[@]} == 0)); then
    mapfile -t names < <(find fuzz/corpus -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort)
fi
failed=0
for name in "${names[@]}"; do
    corpus="build/fuzz/corpus/$name"
    artifacts="build/fuzz/artifacts/$name"
    mkdir -p "$corpus" "$artifacts"
    echo "fuzz: $name for $seconds s"
    if ! "build/fuzz/fuzz/fuzz_$name" "$corpus" "fuzz/corpus/$name" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -artifact_prefix="$artifacts/" -print_final_stats=1 >"build/fuzz/$name.log" 2>&1; then
        echo "fuzz: $name FAILED; the input is in $artifacts/, the report in build/fuzz/$name.log" >&2
        tail -n 40 "build/fuzz/$name.log" >&2
        failed=1
    else
        grep -E "^stat::number_of_executed_units|^stat::new_units_added" "build/fuzz/$name.log" | sed "s/^/fuzz: $name: /"
    fi
done
exit "$failed"
