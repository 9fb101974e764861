// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ImageConversion.hpp"

#include <cstring>

namespace lupa::app {
namespace {

bool isFloatMap(const vision::Image& image) {
    return !image.empty() && image.depth() == vision::PixelDepth::F32 && image.channels() == 1;
}

QImage greyCopy(const vision::Image& image) {
    QImage out(image.width(), image.height(), QImage::Format_Grayscale8);
    for (int y = 0; y < image.height(); ++y)
        std::memcpy(out.scanLine(y), image.row(y), static_cast<std::size_t>(image.width()));
    return out;
}

QImage colourCopy(const vision::Image& image) {
    const int channels = image.channels();
    QImage out(image.width(), image.height(), QImage::Format_RGB888);
    for (int y = 0; y < image.height(); ++y) {
        const std::uint8_t* in = image.row(y);
        uchar* rgb = out.scanLine(y);
        for (int x = 0; x < image.width(); ++x, in += channels, rgb += 3) {
            rgb[0] = in[2]; // OpenCV keeps BGR(A)
            rgb[1] = in[1];
            rgb[2] = in[0];
        }
    }
    return out;
}

} // namespace

QImage toQImage(const vision::Image& image) {
    if (image.empty())
        return {};
    if (image.depth() != vision::PixelDepth::U8 || (image.channels() != 1 && image.channels() < 3))
        return greyCopy(vision::toGray8(image));
    return image.channels() == 1 ? greyCopy(image) : colourCopy(image);
}

std::vector<float> floatValues(const vision::Image& map) {
    std::vector<float> values;
    if (map.empty())
        return values;
    values.reserve(static_cast<std::size_t>(map.width()) * static_cast<std::size_t>(map.height()));
    if (isFloatMap(map)) {
        for (int y = 0; y < map.height(); ++y) {
            const auto* row = reinterpret_cast<const float*>(map.row(y));
            values.insert(values.end(), row, row + map.width());
        }
        return values;
    }
    const vision::Image grey = vision::toGray8(map);
    for (int y = 0; y < grey.height(); ++y)
        for (int x = 0; x < grey.width(); ++x)
            values.push_back(static_cast<float>(grey.row(y)[x]) / 255.0F);
    return values;
}

vision::Image scaledFloatImage(const vision::Image& map, double factor) {
    if (!isFloatMap(map))
        return {};
    vision::Image out = vision::Image::zeros(map.width(), map.height(), 1, vision::PixelDepth::F32);
    const auto f = static_cast<float>(factor);
    for (int y = 0; y < map.height(); ++y) {
        const auto* in = reinterpret_cast<const float*>(map.row(y));
        auto* scaled = reinterpret_cast<float*>(out.row(y));
        for (int x = 0; x < map.width(); ++x)
            scaled[x] = in[x] * f;
    }
    return out;
}

} // namespace lupa::app
