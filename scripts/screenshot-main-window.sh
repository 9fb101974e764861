#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# Takes the picture of lupa's main window that docs/user-guide.md shows: runs the built application
# with the demo under Xvfb, with fresh settings, and writes docs/images/main-window.png. Builds nothing.
# Usage: scripts/screenshot-main-window.sh BUILD_DIR [OUTPUT.png]
set -eu
if [ $# -lt 1 ]; then
    echo "usage: $0 BUILD_DIR [OUTPUT.png]" >&2
    exit 2
fi
build=$1
source_dir=$(cd "$(dirname "$0")/.." && pwd)
output=${2:-$source_dir/docs/images/main-window.png}
program=$build/app/gui/lupa
[ -x "$program" ] || { echo "$program not found: build the lupa target first" >&2; exit 1; }

# Fresh settings, so that the picture shows the default layout, theme and language.
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
mkdir -p "$(dirname "$output")"
XDG_CONFIG_HOME=$config LANG=C.UTF-8 LC_ALL=C.UTF-8 LUPA_XVFB_SCREEN=1600x1000x24 \
    "$source_dir/cmake/with-xvfb.sh" "$program" --demo --screenshot "$output"
echo "wrote $output"
