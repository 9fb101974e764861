// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QPolygonF>
#include <QString>

namespace lupa::widgets {

/// A named region of interest drawn on the tested image (e.g. a bond pad row or a keep-out area).
struct RegionShape {
    QString name;      ///< shown in lists and on the image, e.g. "pads left"
    QString kind;      ///< what the region is for, e.g. "inspect", "ignore"
    QPolygonF polygon; ///< closed polygon in image pixels (px); at least three vertices
    friend bool operator==(const RegionShape&, const RegionShape&) = default;
};

} // namespace lupa::widgets
