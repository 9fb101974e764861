#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# Measures lupa's start-up for docs/benchmarks.md: starts one Xvfb server, then runs
# `lupa --startup-probe` RUNS times with fresh settings and prints, per run, the time from the top of
# main() to the first painted main window (printed by lupa) and the wall time from exec to exit
# (measured here; includes loading the shared libraries and tearing down), then their medians.
# Usage: scripts/measure-startup.sh BUILD_DIR [RUNS]
set -eu
if [ $# -lt 1 ]; then
    echo "usage: $0 BUILD_DIR [RUNS]" >&2
    exit 2
fi
program=$1/app/gui/lupa
runs=${2:-10}
[ -x "$program" ] || { echo "$program not found: build the lupa target first" >&2; exit 1; }
work=$(mktemp -d)
display=:$((90 + $$ % 400))
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp -noreset >"$work/xvfb.log" 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT
sleep 1

i=0
while [ "$i" -lt "$runs" ]; do
    i=$((i + 1))
    rm -rf "$work/config"
    start=$(date +%s%N)
    paint=$(DISPLAY=$display XDG_CONFIG_HOME=$work/config "$program" --startup-probe 2>/dev/null |
        sed -n 's/^startup: first paint after \([0-9]*\) ms$/\1/p')
    end=$(date +%s%N)
    [ -n "$paint" ] || { echo "run $i: lupa printed no start-up time" >&2; exit 1; }
    wall=$(((end - start) / 1000000))
    echo "run $i: first paint ${paint} ms after main(), ${wall} ms exec to exit"
    echo "$paint" >>"$work/paint"
    echo "$wall" >>"$work/wall"
done
median() { sort -n "$1" | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
echo "median over $runs runs: first paint $(median "$work/paint") ms after main(), $(median "$work/wall") ms exec to exit"
