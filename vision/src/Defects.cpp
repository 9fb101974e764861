// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ImageAccess.hpp"
#include "PixelGroups.hpp"

#include <lupa/vision/Defects.hpp>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace lupa::vision {
namespace {

/// Grows [low, high] symmetrically to at least `side` and pads it, clipped to [0, limit - 1].
void expand(int& low, int& high, int padding, int side, int limit) {
    low -= padding;
    high += padding;
    const int missing = side - (high - low + 1);
    if (missing > 0) {
        low -= missing / 2;
        high += missing - missing / 2;
    }
    low = std::max(low, 0);
    high = std::min(high, limit - 1);
}

inspection::Detection toDetection(const PixelGroup& region, const DefectConfig& config, cv::Size size) {
    inspection::Detection detection;
    detection.box = {region.x1, region.y1, region.x2, region.y2};
    expand(detection.box.x1, detection.box.x2, config.boxPaddingPx, config.minBoxSidePx, size.width);
    expand(detection.box.y1, detection.box.y2, config.boxPaddingPx, config.minBoxSidePx, size.height);
    detection.areaPx = region.count;
    const double pitchMm = config.micrometresPerPixel / 1000.0;
    detection.areaMm2 = region.count * pitchMm * pitchMm;
    detection.peakScore = region.peak;
    detection.meanScore = region.sum / region.count;
    detection.confidence = 1.0 - std::exp(-config.confidenceSteepness * std::max(region.peak - 1.0, 0.0));
    return detection;
}

} // namespace

std::vector<inspection::Detection> extractDefects(const Image& normalisedMap, const DefectConfig& config) {
    cv::Mat map = matOf(normalisedMap);
    if (map.empty()) {
        return {};
    }
    if (map.channels() != 1) {
        map = matOf(toGray8(normalisedMap));
    }
    if (map.depth() != CV_32F) {
        map.convertTo(map, CV_32F);
    }
    std::vector<inspection::Detection> detections;
    for (const PixelGroup& region : groupPixelsAbove(map, config.mergeDistancePx)) {
        if (region.count > 0 && region.count >= config.minAreaPx) {
            detections.push_back(toDetection(region, config, map.size()));
        }
    }
    std::stable_sort(detections.begin(), detections.end(),
                     [](const auto& a, const auto& b) { return a.confidence > b.confidence; });
    return detections;
}

} // namespace lupa::vision
