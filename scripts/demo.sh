#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# First command of the README: installs what is missing, builds, and launches lupa on its demo data.
# Without a display it runs the command-line demo instead and says where its output is.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/install-deps.sh
scripts/build.sh dev
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
    exec build/dev/app/gui/lupa --demo
fi
out="${LUPA_DEMO_OUT:-$PWD/lupa-demo}"
echo "demo: no display found; running the command-line demo instead"
build/dev/app/cli/lupa-cli demo --out "$out"
echo "demo: output is in $out (open it with 'lupa' on a desktop, or run 'xvfb-run -a build/dev/app/gui/lupa --demo')"
