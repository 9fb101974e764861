#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# The DeepPCB numbers of docs/benchmarks.md: splits DeepPCB's trainval list by line number (every fifth
# line held out: 200 pairs; the other 799 train), trains the default inspection model on the training
# pairs, inspects the held-out pairs with the template channel alone (threshold 0.3, no model) and with
# the model, and evaluates both at IoU >= 0.5 per class. Prints wall time and peak memory (GNU time)
# and the evaluation summaries; the JSON results stay in WORK_DIR.
# Usage: scripts/bench-deeppcb.sh [BUILD_DIR=build/ci] [DEEPPCB=../shared/data/deeppcb/PCBData]
#        [WORK_DIR=/tmp/lupa-bench-deeppcb]
set -euo pipefail
build=${1:-build/ci}
root=${2:-../shared/data/deeppcb/PCBData}
work=${3:-/tmp/lupa-bench-deeppcb}
cli="$build/app/cli/lupa-cli"
[[ -f $root/trainval.txt ]] || { echo "no DeepPCB trainval.txt under $root" >&2; exit 1; }
mkdir -p "$work"
timed() {
    local label=$1
    shift
    /usr/bin/time -f "$label: %e s wall, %U s user, peak %M kB" "$@"
}
awk 'NR % 5 == 0' "$root/trainval.txt" >"$work/test.txt"
awk 'NR % 5 != 0' "$root/trainval.txt" >"$work/train.txt"
[[ -f $work/deeppcb.lupa ]] || timed "train on $(wc -l <"$work/train.txt") pairs" \
    "$cli" inspect train --pairs "$work/train.txt" --root "$root" --out "$work/deeppcb.lupa"
rm -rf "$work/template" "$work/model"
timed "template channel alone" "$cli" inspect run --pairs "$work/test.txt" --root "$root" \
    --format deeppcb --out "$work/template"
timed "default model" "$cli" inspect run --pairs "$work/test.txt" --root "$root" \
    --model "$work/deeppcb.lupa" --format deeppcb --out "$work/model"
for run in template model; do
    echo "== $run"
    "$cli" inspect eval --pred "$work/$run" --pairs "$work/test.txt" --root "$root" \
        --out "$work/eval-$run.json"
done
