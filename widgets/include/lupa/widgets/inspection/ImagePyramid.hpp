// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QImage>
#include <QRect>
#include <QSize>

#include <vector>

namespace lupa::widgets {

/// An image and its downscaled copies (each level half the size of the one before, 2x2 box filter), every
/// level cut into square tiles, so that a view paints only the visible tiles of the level that matches its
/// zoom. Tiles share the levels' pixels (no copy). Grey images stay 8-bit grey, RGB888 stays RGB888,
/// anything else is converted to 32-bit (A)RGB.
class ImagePyramid {
public:
    static constexpr int kDefaultTileSize = 512; ///< tile edge (px)

    /// How four pixels become one on the next level.
    enum class Reduction {
        Average, ///< 2x2 box filter: photographs
        Maximum, ///< per-channel maximum: score maps, so that small hot spots stay visible when zoomed out
    };

    ImagePyramid() = default;
    /// Builds the levels until one fits in a single tile; a null image gives an empty pyramid.
    explicit ImagePyramid(const QImage& image, Reduction reduction = Reduction::Average,
                          int tileSize = kDefaultTileSize);

    [[nodiscard]] bool isNull() const { return m_levels.empty(); }
    /// Size of the full-resolution image (px); empty for an empty pyramid.
    [[nodiscard]] QSize imageSize() const;
    [[nodiscard]] int levelCount() const { return static_cast<int>(m_levels.size()); }
    [[nodiscard]] int tileSize() const { return m_tileSize; }
    /// Size of `level` (px of that level); level 0 is the full image, level k is about imageSize / 2^k.
    [[nodiscard]] QSize levelSize(int level) const;
    /// The whole image of `level`.
    [[nodiscard]] const QImage& levelImage(int level) const;
    /// The coarsest level whose pixels are still no larger than a screen pixel at `screenPixelsPerImagePixel`
    /// (1 = 100 %, 0.25 = a quarter); 0 when magnified.
    [[nodiscard]] int levelForScale(double screenPixelsPerImagePixel) const;
    [[nodiscard]] int tileColumns(int level) const;
    [[nodiscard]] int tileRows(int level) const;
    /// Where tile (column, row) lies in `level` (px of that level; edge tiles may be smaller).
    [[nodiscard]] QRect tileRect(int level, int column, int row) const;
    /// The pixels of tile (column, row) of `level`, sharing the level's memory.
    [[nodiscard]] const QImage& tile(int level, int column, int row) const;

private:
    struct Level {
        QImage image;
        int columns = 0;
        int rows = 0;
        std::vector<QImage> tiles; ///< row-major, views into `image`
    };
    void addLevel(QImage image);

    int m_tileSize = kDefaultTileSize;
    std::vector<Level> m_levels;
};

} // namespace lupa::widgets
