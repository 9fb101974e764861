// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once
// Connected groups of anomalous pixels, labelled band by band so that memory stays bounded on images of
// 100 megapixels (vision-internal).

#include <opencv2/core/mat.hpp>

#include <cstdint>
#include <limits>
#include <vector>

namespace lupa::vision {

/// Running statistics of one group of pixels above threshold.
struct PixelGroup {
    int count = 0;     ///< pixels above threshold
    double sum = 0.0;  ///< sum of their scores
    double peak = 0.0; ///< highest score
    int x1 = std::numeric_limits<int>::max();
    int y1 = std::numeric_limits<int>::max();
    int x2 = -1;
    int y2 = -1;
    /// Raster index (y * width + x) of the first pixel met in reading order: orders groups as a
    /// whole-image labelling would.
    std::int64_t first = std::numeric_limits<std::int64_t>::max();

    void add(int x, int y, double score, int width);
    void merge(const PixelGroup& other);
};

/// Groups of the pixels of `map` (F32) above 1.0, where pixels closer than `mergeDistancePx` share a
/// group (the mask is dilated by half that distance, then 8-connected components are taken). Works on
/// bands of `bandRows` rows joined across band edges with a union-find, so the memory used beyond `map`
/// is a few bands; the groups are exactly those of a whole-image labelling, in reading order of their
/// first pixel.
[[nodiscard]] std::vector<PixelGroup> groupPixelsAbove(const cv::Mat& map, double mergeDistancePx,
                                                       int bandRows = 256);

} // namespace lupa::vision
