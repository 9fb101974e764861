#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# End-to-end checks of the built `lupa` program (run under an X server, with fresh settings):
#   demo-window LUPA OUT.png   `lupa --demo --screenshot` opens the window and writes a picture of it
#   startup-probe LUPA         `lupa --startup-probe` prints the time to the first paint and exits 0
#   bad-flag LUPA              an unknown option exits 2 with a message
set -eu
check=$1
program=$2
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
export XDG_CONFIG_HOME="$config"

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

case "$check" in
demo-window)
    picture=$3
    rm -f "$picture"
    "$program" --demo --screenshot "$picture" || fail "lupa --demo --screenshot exited with $?"
    [ -f "$picture" ] || fail "no picture was written to $picture"
    [ "$(head -c 8 "$picture" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "$picture is not a PNG"
    size=$(wc -c <"$picture")
    [ "$size" -gt 20000 ] || fail "$picture is only $size bytes: the window looks empty"
    echo "PASS: the demo window was shown and saved ($size bytes)"
    ;;
startup-probe)
    output=$("$program" --startup-probe) || fail "lupa --startup-probe exited with $?"
    echo "$output"
    echo "$output" | grep -Eq '^startup: first paint after [0-9]+ ms$' || fail "unexpected output: $output"
    echo "PASS"
    ;;
bad-flag)
    status=0
    message=$("$program" --no-such-flag 2>&1) || status=$?
    [ "$status" -eq 2 ] || fail "an unknown option exited with $status, not 2"
    echo "$message" | grep -q "no-such-flag" || fail "the message does not name the option: $message"
    echo "PASS: $message"
    ;;
*)
    echo "usage: $0 demo-window|startup-probe|bad-flag LUPA [OUT.png]" >&2
    exit 2
    ;;
esac
