// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "PyramidPainter.hpp"

#include <lupa/widgets/inspection/ImagePyramid.hpp>

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace lupa::widgets {
namespace {

// An 8-bit tile seen through a colour table; shares the tile's pixels.
QImage indexedView(const QImage& tile, const QList<QRgb>& colourTable) {
    QImage indexed(tile.constBits(), tile.width(), tile.height(), tile.bytesPerLine(),
                   QImage::Format_Indexed8);
    indexed.setColorTable(colourTable);
    return indexed;
}

} // namespace

int paintPyramid(QPainter& painter, const ImagePyramid& pyramid, const QRectF& target, const QRectF& exposed,
                 double devicePixelRatio, const QList<QRgb>* colourTable) {
    const QRectF visible = target.intersected(exposed);
    if (pyramid.isNull() || visible.isEmpty())
        return -1;
    // widget px per level-0 px; x and y differ when a map of another aspect is stretched over the image
    const double scaleX = target.width() / pyramid.imageSize().width();
    const double scaleY = target.height() / pyramid.imageSize().height();
    const int level = pyramid.levelForScale(std::max(scaleX, scaleY) * devicePixelRatio);
    const double levelScaleX = scaleX * std::ldexp(1.0, level); // widget px per pixel of `level`
    const double levelScaleY = scaleY * std::ldexp(1.0, level);
    const int tileSize = pyramid.tileSize();
    const auto tileAt = [tileSize](double offset, double levelScale) {
        return std::max(0, static_cast<int>(offset / levelScale) / tileSize);
    };
    const int firstColumn = tileAt(visible.left() - target.left(), levelScaleX);
    const int firstRow = tileAt(visible.top() - target.top(), levelScaleY);
    const int lastColumn =
        std::min(pyramid.tileColumns(level) - 1, tileAt(visible.right() - target.left(), levelScaleX));
    const int lastRow =
        std::min(pyramid.tileRows(level) - 1, tileAt(visible.bottom() - target.top(), levelScaleY));

    painter.save();
    painter.setClipRect(target, Qt::IntersectClip); // the rounded-up last pixel of a level may overhang
    // Photographs show sharp pixels when magnified; score maps, usually coarser than the image, are smoothed.
    const bool magnified = std::max(levelScaleX, levelScaleY) * devicePixelRatio >= 0.999;
    painter.setRenderHint(QPainter::SmoothPixmapTransform, !magnified || colourTable != nullptr);
    for (int row = firstRow; row <= lastRow; ++row) {
        for (int column = firstColumn; column <= lastColumn; ++column) {
            const QRect rect = pyramid.tileRect(level, column, row);
            const QRectF tileTarget(target.left() + rect.x() * levelScaleX,
                                    target.top() + rect.y() * levelScaleY, rect.width() * levelScaleX,
                                    rect.height() * levelScaleY);
            const QImage& tile = pyramid.tile(level, column, row);
            if (colourTable != nullptr)
                painter.drawImage(tileTarget, indexedView(tile, *colourTable));
            else
                painter.drawImage(tileTarget, tile);
        }
    }
    painter.restore();
    return level;
}

} // namespace lupa::widgets
