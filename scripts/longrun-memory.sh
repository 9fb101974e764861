#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# Long-run memory check for docs/benchmarks.md: does lupa-cli's heap stay flat over a long batch?
#  1. Inspection: simulates N 512x512 board pairs, trains a small model on 40 of them, then runs
#     `inspect run --channel fusion --db qc.sqlite` on all N pairs in ONE process, under heaptrack and
#     again natively under GNU time (peak RSS, RSS sampled every second), and 10 pairs under heaptrack
#     (leaked bytes that do not grow with N are start-up allocations, not leaks).
#  2. Tracking: `track simulate --events N --mu 10` in one process under heaptrack (and 10 events, for the
#     leak comparison), then `track run` on every event: the CLI reconstructs one event per process, so
#     each event is its own process (peak RSS per event under GNU time; heaptrack on the first, middle and
#     last event).
# The heap curve comes from heaptrack's massif export; item k's time is the mtime of its k-th output file,
# placed on heaptrack's clock by the moment the process ended.
# "trough" = lowest heap in a window of N/10 items (what stays allocated between items), "max" = highest.
# Needs heaptrack, heaptrack_print, GNU time, python3, and the lupa-cli and lupa_inspection_trainer targets.
# Takes 20-45 min for N=1000 on 2 cores, depending on load. Run it under `nice`.
# Usage: scripts/longrun-memory.sh BUILD_DIR [N=1000] [WORK_DIR=mktemp -d, removed unless given]
set -euo pipefail
if [[ $# -lt 1 ]]; then
    echo "usage: $0 BUILD_DIR [N=1000] [WORK_DIR]" >&2
    exit 2
fi
build=$1
n=${2:-1000}
cli="$(cd "$build" && pwd)/app/cli/lupa-cli"
[[ -x $cli ]] || { echo "$cli not found: build the lupa-cli target first" >&2; exit 1; }
[[ -e $build/app/modules/lupa_inspection_trainer.so ]] ||
    { echo "build the lupa_inspection_trainer target first (inspect train needs it)" >&2; exit 1; }
[[ $n -ge 20 ]] || { echo "N must be at least 20" >&2; exit 2; }
for tool in heaptrack heaptrack_print python3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "$tool is missing" >&2; exit 1; }
done
if [[ $# -ge 3 ]]; then
    work=$3
    mkdir -p "$work"
else
    work=$(mktemp -d /tmp/lupa-longrun.XXXXXX)
    trap 'rm -rf "$work"' EXIT
fi
cd "$work"
echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'); $("$cli" --version | sed -n 1p)"
echo "work dir: $work, N = $n"

# heap_curve LABEL HEAPTRACK_FILE FINISH_EPOCH ITEM_GLOB: leaked/peak totals and the heap per tenth of the items.
heap_curve() {
    local label=$1 data=$2 finish=$3 glob=$4
    heaptrack_print -f "$data" -T 0 -a 0 -p 0 -l 0 --massif-detailed-freq 0 -M "$data.massif" >"$data.txt" 2>&1
    python3 - "$label" "$data.massif" "$data.txt" "$finish" "$glob" <<'EOF'
import glob, os, re, sys
label, massif, summary, finish, pattern = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]), sys.argv[5]
snaps, t = [], None
for line in open(massif):
    if line.startswith("time="):
        t = float(line[5:])
    elif line.startswith("mem_heap_B="):
        snaps.append((t, int(line[11:])))
text = open(summary).read()
def field(name):
    m = re.search(name + r": ([^\n]*)", text)
    return m.group(1).strip() if m else "?"
start = finish - float(field("total runtime").rstrip("s."))  # wall-clock epoch of heaptrack's time 0
items = sorted(os.path.getmtime(f) - start for f in glob.glob(pattern))
n = len(items)
mb = lambda b: b / 1e6
print(f"{label}: {n} items, runtime {field('total runtime').rstrip('.')}, {field('calls to allocation functions')} allocations, "
      f"peak heap {field('peak heap memory consumption')}, leaked {field('total memory leaked')} "
      f"(+{field('suppressed leaks')} suppressed)")
print(f"{label}:   items      time [s]   heap trough [MB]  heap max [MB]  snapshots")
troughs = []
for k in range(10):
    first, last = k * n // 10, (k + 1) * n // 10
    t0 = items[first - 1] if first > 0 else items[0] - 1.0
    t1 = items[last - 1]
    window = [h for (ts, h) in snaps if t0 <= ts <= t1]
    if not window:  # no snapshot inside a short window: take the nearest one
        window = [min(snaps, key=lambda s: abs(s[0] - t1))[1]]
    troughs.append(min(window))
    print(f"{label}:   {first + 1:>4}-{last:<5} {t0:>6.1f}-{t1:<7.1f} {mb(min(window)):>12.2f} {mb(max(window)):>14.2f}"
          f"  {len(window):>6}")
xs = [(k + 0.5) * n / 10 for k in range(1, 10)]
mx, my = sum(xs) / 9, sum(troughs[1:]) / 9
slope = sum((x - mx) * (y - my) for x, y in zip(xs, troughs[1:])) / sum((x - mx) ** 2 for x in xs)
print(f"{label}: heap after warm-up (trough, items {n // 10 + 1}-{2 * n // 10}) {mb(troughs[1]):.2f} MB; "
      f"at the end (trough, items {9 * n // 10 + 1}-{n}) {mb(troughs[9]):.2f} MB; "
      f"growth {mb(troughs[9] - troughs[1]):+.2f} MB ({slope:+.0f} B per item, fit over windows 2-10); "
      f"heap at exit {mb(snaps[-1][1]):.2f} MB")
EOF
}

# traced NAME COMMAND...: runs COMMAND under heaptrack (data NAME.zst, log NAME.log) and sets `finish` to the
# epoch at which the traced process ended (its /proc entry went away), which is heaptrack's "total runtime".
# (Its start is no reference: heaptrack's clock starts ~0.7 s after the process does.)
traced() {
    local name=$1 pid=""
    shift
    heaptrack -o "$name" "$@" >"$name.log" 2>&1 &
    local tracer=$!
    while [[ -z $pid ]] && kill -0 "$tracer" 2>/dev/null; do
        pid=$(ps -o pid=,comm= --ppid "$tracer" | awk '$2 == "lupa-cli" {print $1}' || true)
        [[ -n $pid ]] || sleep 0.01
    done
    while [[ -n $pid ]] && [[ -e /proc/$pid ]]; do
        sleep 0.02
    done
    finish=$(date +%s.%N)
    wait "$tracer"
}

# rss_curve LABEL SAMPLES N: VmRSS sampled once a second against the number of items done.
rss_curve() {
    python3 - "$1" "$2" "$3" <<'EOF'
import sys
label, path, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
rows = [tuple(map(int, line.split())) for line in open(path) if len(line.split()) == 3]
def at(done):
    return next((r for r in rows if r[2] >= done), rows[-1])
print(f"{label}: RSS [MB] at items " + ", ".join(f"{k * n // 10}: {at(k * n // 10)[1] / 1024:.1f}"
                                                 for k in range(1, 11)))
print(f"{label}: RSS after warm-up (item {n // 10}) {at(n // 10)[1] / 1024:.1f} MB, last sample "
      f"{rows[-1][1] / 1024:.1f} MB, largest sample {max(r[1] for r in rows) / 1024:.1f} MB ({len(rows)} samples)")
EOF
}

# native LABEL OUT_DIR GLOB -- COMMAND...: runs COMMAND under GNU time, sampling VmRSS and items done each second.
native() {
    local label=$1 out=$2 pattern=$3
    shift 4
    /usr/bin/time -v -o "$label.time" "$@" >"$label.log" 2>&1 &
    local timer=$! pid=""
    while [[ -z $pid ]] && kill -0 "$timer" 2>/dev/null; do
        pid=$(ps -o pid= --ppid "$timer" | head -1 | tr -d ' ' || true)
        [[ -n $pid ]] || sleep 0.05
    done
    local t0=$SECONDS
    : >"$label.rss"
    while [[ -n $pid ]] && [[ -r /proc/$pid/status ]]; do
        local rss
        rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
        [[ -n $rss ]] && echo "$((SECONDS - t0)) $rss $(find "$out" -maxdepth 1 -name "$pattern" 2>/dev/null | wc -l)" >>"$label.rss"
        sleep 1
    done
    wait "$timer"
    echo "$label: $(sed -n 's/^\tElapsed (wall clock) time (h:mm:ss or m:ss): //p' "$label.time") wall, peak RSS" \
        "$(sed -n 's/^\tMaximum resident set size (kbytes): //p' "$label.time") kB"
}

# ---------------------------------------------------------------- inspection
"$cli" inspect simulate --pairs "$n" --size 512 --seed 1 --out boards >/dev/null
head -40 boards/list.txt >train.txt
head -10 boards/list.txt >ten.txt
"$cli" inspect train --pairs train.txt --root boards --classes synthetic --epochs 1 --classifier-epochs 2 \
    --patches 500 --out model.lupa >/dev/null
run=("$cli" inspect run --root boards --model model.lupa --channel fusion --module-type quad)
traced inspect.ht "${run[@]}" --pairs boards/list.txt --db ht-qc.sqlite --out ht-out
heap_curve "inspect $n (heaptrack)" inspect.ht.zst "$finish" 'ht-out/*.json'
# The QC database's share of the peak: SQLite's page cache, bounded by its cache_size (default 2,000 KiB).
heaptrack_print -f inspect.ht.zst -T 0 -a 0 -p 1 -l 0 -n 30 -s 0 2>/dev/null |
    awk '/peak memory consumed/ {size = $1} /^  in .*libsqlite3/ {sum = sum " " size}
         END {print "inspect '"$n"' (heaptrack): of the peak, allocated in libsqlite3:" (sum == "" ? " -" : sum)}'
traced inspect10.ht "${run[@]}" --pairs ten.txt --db ht10-qc.sqlite --out ht10-out
heaptrack_print -f inspect10.ht.zst -T 0 -a 0 -p 0 -l 0 2>/dev/null |
    sed -n 's/^total memory leaked: /inspect 10 (heaptrack): leaked /p'
native "inspect $n (native)" out '*.json' -- "${run[@]}" --pairs boards/list.txt --db qc.sqlite --out out
rss_curve "inspect $n (native)" "inspect $n (native).rss" "$n"
echo "inspect $n: $(tail -1 "inspect $n (native).log"); QC records: $(python3 -c \
    'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from inspections").fetchone()[0])' \
    qc.sqlite 2>/dev/null || echo '?')"

# ---------------------------------------------------------------- tracking
traced simulate.ht "$cli" track simulate --events "$n" --mu 10 --seed 1 --out events
heap_curve "track simulate $n (heaptrack)" simulate.ht.zst "$finish" 'events/event*-truth.csv'
traced simulate10.ht "$cli" track simulate --events 10 --mu 10 --seed 1 --out events10
heaptrack_print -f simulate10.ht.zst -T 0 -a 0 -p 0 -l 0 2>/dev/null |
    sed -n 's/^total memory leaked: /track simulate 10 (heaptrack): leaked /p'
native "track simulate $n (native)" events-native 'event*-truth.csv' -- \
    "$cli" track simulate --events "$n" --mu 10 --seed 1 --out events-native
rss_curve "track simulate $n (native)" "track simulate $n (native).rss" "$n"
rm -rf events-native
mkdir -p tracks
: >run-rss.txt
for ((i = 1; i <= n; i++)); do
    event=$(printf 'events/event%09d' "$i")
    /usr/bin/time -f '%M' -o run.time "$cli" track run --event "$event" --out "tracks/$i.csv" >/dev/null 2>&1
    echo "$i $(cat run.time)" >>run-rss.txt
done
python3 - "$n" run-rss.txt <<'EOF'
import statistics, sys
n = int(sys.argv[1])
rss = [int(line.split()[1]) / 1024 for line in open(sys.argv[2])]
tenth = max(1, n // 10)
print(f"track run x {n} processes: peak RSS per event [MB] min {min(rss):.1f}, median {statistics.median(rss):.1f}, "
      f"max {max(rss):.1f}; mean of events 1-{tenth} {statistics.mean(rss[:tenth]):.1f}, "
      f"of events {n - tenth + 1}-{n} {statistics.mean(rss[-tenth:]):.1f}")
EOF
for i in 1 $((n / 2)) "$n"; do
    heaptrack -o "run$i.ht" "$cli" track run --event "$(printf 'events/event%09d' "$i")" --out "run$i.csv" \
        >/dev/null 2>&1
    echo "track run event $i (heaptrack): $(heaptrack_print -f "run$i.ht.zst" -T 0 -a 0 -p 0 -l 0 2>/dev/null |
        sed -n 's/^\(peak heap memory consumption\|total memory leaked\): //p' | paste -sd' ' |
        awk '{print "peak heap " $1 ", leaked " $2}')"
done
