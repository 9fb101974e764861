// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QList>
#include <QRectF>
#include <QRgb>

class QPainter;

namespace lupa::widgets {

class ImagePyramid;

/// Paints the tiles of `pyramid` that meet `exposed` (widget px), from the level that matches the scale
/// at which the whole image lands on `target` (widget px); `devicePixelRatio` converts to device pixels.
/// With `colourTable` (256 entries) the 8-bit tiles are drawn as indexed colours (the anomaly overlay) and
/// smoothed when magnified; without, magnified pixels stay sharp.
/// Returns the level painted, -1 when nothing was painted.
int paintPyramid(QPainter& painter, const ImagePyramid& pyramid, const QRectF& target, const QRectF& exposed,
                 double devicePixelRatio, const QList<QRgb>* colourTable = nullptr);

} // namespace lupa::widgets
