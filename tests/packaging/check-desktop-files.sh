#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# Validates the desktop entry, the AppStream metainfo and the MIME description with the freedesktop.org
# tools, each when it is installed.
# Usage: check-desktop-files.sh RESOURCES_DIR
set -eu
resources=$1
id=io.github.lupa.Lupa
status=0
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$resources/$id.desktop" || status=1
else
    echo "desktop-file-validate not found: desktop entry not checked"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$resources/$id.metainfo.xml" || status=1
else
    echo "appstreamcli not found: metainfo not checked"
fi
if command -v xmllint >/dev/null; then
    xmllint --noout "$resources/$id.mime.xml" "$resources/lupa.qrc" || status=1
fi
if command -v update-mime-database >/dev/null; then
    mime=$(mktemp -d)
    trap 'rm -rf "$mime"' EXIT
    mkdir -p "$mime/packages"
    cp "$resources/$id.mime.xml" "$mime/packages/$id.xml"
    update-mime-database "$mime" >/dev/null 2>&1 || status=1
    grep -q "application/x-lupa-model:\*.lupamodel" "$mime/globs2" || { echo "MIME glob missing"; status=1; }
fi
exit $status
