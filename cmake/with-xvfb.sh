#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# Runs a command under a private Xvfb server and returns the command's exit code. Unlike
# `xvfb-run -a`, which races for a display number when several start at once (CTest -j), Xvfb picks a
# free display itself (-displayfd), so any number of these may run in parallel. -noreset: by default
# the server resets when its last client disconnects, and a test connecting during that reset fails
# with "bad X server connection".
# Usage: with-xvfb.sh COMMAND [ARGUMENTS...]   (screen 1280x1024x24; LUPA_XVFB_SCREEN overrides)
set -u
work=$(mktemp -d "${TMPDIR:-/tmp}/lupa-xvfb.XXXXXX") || exit 1
Xvfb -displayfd 3 -screen 0 "${LUPA_XVFB_SCREEN:-1280x1024x24}" -nolisten tcp -noreset 3>"$work/display" \
    >"$work/log" 2>&1 &
server=$!
cleanup() {
    kill "$server" 2>/dev/null
    wait "$server" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

tries=0
while ! grep -q '[0-9]' "$work/display" 2>/dev/null; do
    tries=$((tries + 1))
    if [ "$tries" -gt 200 ] || ! kill -0 "$server" 2>/dev/null; then
        echo "with-xvfb.sh: Xvfb did not start:" >&2
        cat "$work/log" >&2
        exit 1
    fi
    sleep 0.05
done
DISPLAY=":$(tr -d '[:space:]' <"$work/display")" "$@"
status=$?
exit "$status"
