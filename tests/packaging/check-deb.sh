#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# Builds lupa's .deb from a build tree with CPack, unpacks it into a temporary root and checks that it
# holds the programs and the desktop files and that the unpacked programs run.
# Usage: check-deb.sh BUILD_DIR VERSION
set -eu
build=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

echo "building the package (cpack -G DEB)"
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack failed"
fi
deb=$(ls "$work"/out/*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "cpack wrote no .deb"
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

control=$(dpkg-deb --field "$deb")
echo "$control"
echo "$control" | grep -q "^Package: lupa$" || fail "package name is not lupa"
echo "$control" | grep -q "^Version: $version" || fail "version is not $version"
echo "$control" | grep -q "^Section: science$" || fail "section is not science"
echo "$control" | grep -q "^Maintainer: ." || fail "no maintainer"
echo "$control" | grep -q "^Depends: .*libc6" || fail "no shared-library dependencies (dpkg-shlibdeps)"
echo "$control" | grep -q "^Depends: .*libqt6widgets6" || fail "the dependencies miss Qt"

dpkg-deb -x "$deb" "$work/root"
for file in \
    usr/bin/lupa \
    usr/bin/lupa-cli \
    usr/share/applications/io.github.lupa.Lupa.desktop \
    usr/share/metainfo/io.github.lupa.Lupa.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/io.github.lupa.Lupa.svg \
    usr/share/mime/packages/io.github.lupa.Lupa.xml; do
    [ -f "$work/root/$file" ] || fail "the package lacks /$file"
done
[ -x "$work/root/usr/bin/lupa" ] || fail "/usr/bin/lupa is not executable"

cli=$("$work/root/usr/bin/lupa-cli" --version 2>&1) || fail "lupa-cli --version failed: $cli"
echo "lupa-cli --version: $cli"
echo "$cli" | grep -q "$version" || fail "lupa-cli --version does not print $version"
# --version needs no display, so the unpacked GUI program can show that it starts and links.
gui=$(env -u DISPLAY "$work/root/usr/bin/lupa" --version 2>&1) || fail "lupa --version failed: $gui"
echo "lupa --version: $gui"
echo "$gui" | grep -q "lupa $version" || fail "lupa --version does not print 'lupa $version'"
echo "PASS"
