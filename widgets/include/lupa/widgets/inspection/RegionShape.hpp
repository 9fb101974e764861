// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QPolygonF>
#include <QString>

namespace lupa::widgets {

/// A named region of interest drawn on the tested image (e.g. a bond pad row or a keep-out area).
struct RegionShape {
    QString name; ///< shown in lists and on the image, e.g. "pads left"
    /// What the region is for, as module-type files name it: "ignore", "wire_bond_pads", "connector",
    /// "component", "sensor" or "generic" (docs/module-types.md)
    QString kind;
    QPolygonF polygon;        ///< closed polygon in image pixels (px); at least three vertices
    double sensitivity = 1.0; ///< multiplies the anomaly score inside the region (not for "ignore")
    friend bool operator==(const RegionShape&, const RegionShape&) = default;
};

} // namespace lupa::widgets
