#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# Times `lupa-cli calo validate` in dataset 2's geometry: a reference and a candidate of SHOWERS showers
# each (6480 voxels, float32, uncompressed as the challenge's files), features + histograms + separation
# powers, then the same with FPD/KPD and plots; prints wall time and peak memory (GNU time).
# Usage: scripts/bench-calo.sh [BUILD_DIR=build/ci] [SHOWERS=100000] [WORK_DIR=/tmp/lupa-bench-calo]
set -euo pipefail
build=${1:-build/ci}
showers=${2:-100000}
work=${3:-/tmp/lupa-bench-calo}
cli="$build/app/cli/lupa-cli"
mkdir -p "$work"
for seed in 1 2; do
    file="$work/ds2-$showers-$seed.h5"
    [[ -f $file ]] && continue
    extra=()
    [[ $seed == 2 ]] && extra=(--distort width=0.1)
    /usr/bin/time -f "simulate $showers showers: %e s, peak %M kB" \
        "$cli" calo simulate --dataset 2 --showers "$showers" --seed "$seed" --compression 0 "${extra[@]}" --out "$file"
done
run() {
    local label=$1
    shift
    rm -rf "$work/out"
    /usr/bin/time -f "$label: %e s wall, %U s user, peak %M kB" "$cli" calo validate \
        --reference "$work/ds2-$showers-1.h5" --candidate "$work/ds2-$showers-2.h5" --out "$work/out" "$@" >/dev/null
}
run "features + histograms + separation powers" --no-distances --no-plots
run "everything (FPD, KPD, plots)"
