#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# Configures and builds lupa with a CMake preset (default: dev). Usage: scripts/build.sh [preset]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
preset="${1:-dev}"
cmake --preset "$preset" >/dev/null
# 2 GB per compile job is plenty; libtorch translation units are the heaviest.
jobs="$(nproc)"
cmake --build --preset "$preset" -j "$jobs"
