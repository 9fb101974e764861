#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# Second command of the README (and what CI runs): installs what is missing, builds with warnings as
# errors, and runs every test (GUI tests under Xvfb, benchmarks as sanity cases).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/install-deps.sh
start=$(date +%s)
scripts/build.sh ci
echo "test: build took $(( $(date +%s) - start )) s"
ctest --preset ci -j "$(nproc)"
