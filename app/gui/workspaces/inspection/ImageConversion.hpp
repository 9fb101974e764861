// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/vision/Image.hpp>

#include <QImage>

#include <vector>

namespace lupa::app {

/// A deep copy of `image` as a QImage: 8-bit grey -> Grayscale8, 8-bit BGR or BGRA -> RGB888 (alpha
/// dropped); any other depth is first made 8-bit grey (vision::toGray8). A null QImage for an empty image.
[[nodiscard]] QImage toQImage(const vision::Image& image);

/// The values of a one-channel F32 image (e.g. a normalised anomaly map) row-major, width() * height()
/// of them; other depths or channel counts are read through vision::toGray8 and scaled to [0, 1].
[[nodiscard]] std::vector<float> floatValues(const vision::Image& map);

/// A one-channel F32 image with every value of `map` multiplied by `factor` (e.g. 1 / threshold scale).
/// `map` must be a one-channel F32 image; anything else gives an empty image.
[[nodiscard]] vision::Image scaledFloatImage(const vision::Image& map, double factor);

} // namespace lupa::app
