// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/widgets/inspection/ImagePyramid.hpp>

#include <algorithm>
#include <cmath>
#include <thread>

namespace lupa::widgets {
namespace {

// The formats the pyramid keeps: byte channels only, so that halving is a per-byte 2x2 average
// (correct for premultiplied alpha too).
QImage toPyramidFormat(const QImage& image) {
    switch (image.format()) {
    case QImage::Format_Grayscale8:
    case QImage::Format_RGB888:
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32_Premultiplied:
        return image;
    default:
        if (image.isGrayscale() && !image.hasAlphaChannel())
            return image.convertToFormat(QImage::Format_Grayscale8);
        return image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                                             : QImage::Format_RGB32);
    }
}

// Where halving writes: the target's pixels, taken once so that worker threads never touch the QImage.
struct HalfImage {
    uchar* bits;
    qsizetype bytesPerLine;
    int width;
};

template <int kBytes, bool kMaximum>
void halveRows(const QImage& source, const HalfImage& target, int firstRow, int endRow) {
    const int width = source.width();
    const int height = source.height();
    for (int y = firstRow; y < endRow; ++y) {
        const uchar* top = source.constScanLine(2 * y);
        const uchar* bottom = source.constScanLine(std::min(2 * y + 1, height - 1));
        uchar* out = target.bits + y * target.bytesPerLine;
        for (int x = 0; x < target.width; ++x) {
            const int left = 2 * x * kBytes;
            const int right = std::min(2 * x + 1, width - 1) * kBytes;
            for (int c = 0; c < kBytes; ++c) {
                if constexpr (kMaximum)
                    out[x * kBytes + c] =
                        std::max({top[left + c], top[right + c], bottom[left + c], bottom[right + c]});
                else
                    out[x * kBytes + c] = static_cast<uchar>(
                        (top[left + c] + top[right + c] + bottom[left + c] + bottom[right + c] + 2) >> 2);
            }
        }
    }
}

template <bool kMaximum>
void halveBand(const QImage& source, const HalfImage& target, int firstRow, int endRow) {
    switch (source.depth()) {
    case 8:
        halveRows<1, kMaximum>(source, target, firstRow, endRow);
        break;
    case 24:
        halveRows<3, kMaximum>(source, target, firstRow, endRow);
        break;
    default:
        halveRows<4, kMaximum>(source, target, firstRow, endRow);
        break;
    }
}

// Half the size, rounded up (the last odd row/column is paired with itself); large levels in row bands on
// all cores (each band writes its own rows).
QImage halve(const QImage& source, ImagePyramid::Reduction reduction) {
    constexpr qsizetype kPixelsPerThread = 1 << 20;
    QImage target((source.width() + 1) / 2, (source.height() + 1) / 2, source.format());
    const HalfImage half{target.bits(), target.bytesPerLine(), target.width()};
    const auto band = [&](int firstRow, int endRow) {
        if (reduction == ImagePyramid::Reduction::Maximum)
            halveBand<true>(source, half, firstRow, endRow);
        else
            halveBand<false>(source, half, firstRow, endRow);
    };
    const qsizetype pixels = static_cast<qsizetype>(target.width()) * target.height();
    const int threads = static_cast<int>(std::clamp<qsizetype>(
        pixels / kPixelsPerThread, 1, std::max(1u, std::thread::hardware_concurrency())));
    std::vector<std::thread> workers;
    const int rowsPerBand = (target.height() + threads - 1) / threads;
    for (int first = rowsPerBand; first < target.height(); first += rowsPerBand)
        workers.emplace_back(band, first, std::min(first + rowsPerBand, target.height()));
    band(0, std::min(rowsPerBand, target.height()));
    for (std::thread& worker : workers)
        worker.join();
    return target;
}

} // namespace

ImagePyramid::ImagePyramid(const QImage& image, Reduction reduction, int tileSize)
    : m_tileSize(std::max(16, (tileSize + 3) / 4 * 4)) { // keeps every tile's first byte 32-bit aligned
    if (image.isNull())
        return;
    QImage level = toPyramidFormat(image);
    addLevel(level);
    while (level.width() > m_tileSize || level.height() > m_tileSize) {
        level = halve(level, reduction);
        addLevel(level);
    }
}

void ImagePyramid::addLevel(QImage image) {
    Level level;
    level.columns = (image.width() + m_tileSize - 1) / m_tileSize;
    level.rows = (image.height() + m_tileSize - 1) / m_tileSize;
    const int bytesPerPixel = image.depth() / 8;
    level.tiles.reserve(static_cast<std::size_t>(level.columns) * static_cast<std::size_t>(level.rows));
    for (int row = 0; row < level.rows; ++row) {
        for (int column = 0; column < level.columns; ++column) {
            const int x = column * m_tileSize;
            const int y = row * m_tileSize;
            const int width = std::min(m_tileSize, image.width() - x);
            const int height = std::min(m_tileSize, image.height() - y);
            // A read-only view into the level: no copy, alive as long as `level.image` is.
            level.tiles.emplace_back(image.constScanLine(y) + x * bytesPerPixel, width, height,
                                     image.bytesPerLine(), image.format());
        }
    }
    level.image = std::move(image);
    m_levels.push_back(std::move(level));
}

QSize ImagePyramid::imageSize() const {
    return isNull() ? QSize() : m_levels.front().image.size();
}

QSize ImagePyramid::levelSize(int level) const {
    return levelImage(level).size();
}

const QImage& ImagePyramid::levelImage(int level) const {
    return m_levels.at(static_cast<std::size_t>(level)).image;
}

int ImagePyramid::levelForScale(double screenPixelsPerImagePixel) const {
    if (isNull() || !(screenPixelsPerImagePixel > 0) || screenPixelsPerImagePixel >= 1)
        return 0;
    const int level = static_cast<int>(std::floor(std::log2(1.0 / screenPixelsPerImagePixel) + 1e-9));
    return std::clamp(level, 0, levelCount() - 1);
}

int ImagePyramid::tileColumns(int level) const {
    return m_levels.at(static_cast<std::size_t>(level)).columns;
}

int ImagePyramid::tileRows(int level) const {
    return m_levels.at(static_cast<std::size_t>(level)).rows;
}

QRect ImagePyramid::tileRect(int level, int column, int row) const {
    const QSize size = levelSize(level);
    const int x = column * m_tileSize;
    const int y = row * m_tileSize;
    return {x, y, std::min(m_tileSize, size.width() - x), std::min(m_tileSize, size.height() - y)};
}

const QImage& ImagePyramid::tile(int level, int column, int row) const {
    const Level& data = m_levels.at(static_cast<std::size_t>(level));
    return data.tiles.at(static_cast<std::size_t>(row) * static_cast<std::size_t>(data.columns) +
                         static_cast<std::size_t>(column));
}

} // namespace lupa::widgets
