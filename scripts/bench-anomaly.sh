#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# Times the anomaly-detection chain of lupa-cli on simulated ADC2021-layout events: simulate EVENTS
# background events for training and as many for testing plus EVENTS/10 of each signal, train the
# default 57-32-8-32-57 autoencoder, evaluate every signal in float and in ap_fixed<16,6>.
# Prints wall time and peak memory (GNU time) and the evaluation summary.
# Usage: scripts/bench-anomaly.sh [BUILD_DIR=build/ci] [EVENTS=1000000] [WORK_DIR=/tmp/lupa-bench-anomaly]
set -euo pipefail
build=${1:-build/ci}
events=${2:-1000000}
work=${3:-/tmp/lupa-bench-anomaly}
cli="$build/app/cli/lupa-cli"
mkdir -p "$work"
timed() {
    local label=$1
    shift
    /usr/bin/time -f "$label: %e s wall, %U s user, peak %M kB" "$@"
}
simulate() {
    local process=$1 count=$2 seed=$3 file="$work/$1-$2-$3.h5"
    [[ -f $file ]] || timed "simulate $count $process" "$cli" anomaly simulate --process "$process" \
        --events "$count" --seed "$seed" --out "$file" >/dev/null
    echo "$file"
}
train=$(simulate background "$events" 1)
test=$(simulate background "$events" 2)
signals=()
for process in Ato4l leptoquark hToTauTau hChToTauNu; do
    signals+=(--signal "$(simulate "$process" $((events / 10)) 3)")
done
timed "train on $events events" "$cli" anomaly train --background "$train" --out "$work/ae.lupa"
timed "evaluate (float and ap_fixed<16,6>)" "$cli" anomaly eval --model "$work/ae.lupa" --background "$test" \
    "${signals[@]}" --fixed-point 16,6 --out "$work/eval.json"
