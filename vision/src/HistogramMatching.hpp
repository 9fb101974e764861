// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once
// Grey-level histogram matching in pieces, so a tiled inspection can gather the histograms tile by tile
// and apply one mapping to every tile (vision-internal).

#include <opencv2/core/mat.hpp>

#include <array>

namespace lupa::vision {

/// Counts of the 256 grey levels.
using GreyHistogram = std::array<double, 256>;

/// Adds the grey levels of `grey` (8-bit, one channel) to `counts`.
void accumulateHistogram(const cv::Mat& grey, GreyHistogram& counts);

/// The 256-entry lookup table (8-bit) mapping each level of an image with histogram `source` to the
/// level of `target` with the nearest cumulative frequency.
[[nodiscard]] cv::Mat histogramMatchingLut(const GreyHistogram& source, const GreyHistogram& target);

/// CLAHE with lupa's settings (clip limit 2, 8 x 8 tiles) on an 8-bit grey image.
[[nodiscard]] cv::Mat equaliseContrast(const cv::Mat& grey);

} // namespace lupa::vision
