#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# Measures one large inspection for docs/benchmarks.md: simulates a SIDE x SIDE template/tested pair
# (rotated and shifted, so the feature path and ECC run) and runs `lupa-cli inspect run` on it under
# /usr/bin/time, printing the wall time, CPU time and peak resident memory. SIDE 10000 = 100 megapixels.
# Usage: scripts/measure-large-inspection.sh BUILD_DIR [SIDE] [EXTRA inspect-run OPTIONS...]
set -eu
if [ $# -lt 1 ]; then
    echo "usage: $0 BUILD_DIR [SIDE] [EXTRA...]" >&2
    exit 2
fi
cli=$1/app/cli/lupa-cli
side=${2:-10000}
[ $# -ge 2 ] && shift 2 || shift 1
[ -x "$cli" ] || { echo "$cli not found: build the lupa-cli target first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

start=$(date +%s%N)
"$cli" inspect simulate --pairs 1 --size "$side" --seed 2 --out "$work/set" >/dev/null
echo "simulate: $(( ($(date +%s%N) - start) / 1000000 )) ms"
/usr/bin/time -f "inspect run: %e s wall, %U s user, %S s system, peak %M kB, %R minor faults" \
    "$cli" inspect run --pairs "$work/set/list.txt" --root "$work/set" --threshold 0.06 \
    --out "$work/out" "$@"
