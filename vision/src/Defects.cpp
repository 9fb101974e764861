// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ImageAccess.hpp"

#include <lupa/vision/Defects.hpp>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace lupa::vision {
namespace {

/// Running statistics of one merged group of pixels above threshold.
struct Region {
    int count = 0;
    double sum = 0.0;
    double peak = 0.0;
    int x1 = std::numeric_limits<int>::max();
    int y1 = std::numeric_limits<int>::max();
    int x2 = -1;
    int y2 = -1;

    void add(int x, int y, double score) {
        ++count;
        sum += score;
        peak = std::max(peak, score);
        x1 = std::min(x1, x);
        y1 = std::min(y1, y);
        x2 = std::max(x2, x);
        y2 = std::max(y2, y);
    }
};

/// Labels of groups of above-threshold pixels, where pixels closer than `mergeDistancePx` share a group.
int labelMergedGroups(const cv::Mat& above, double mergeDistancePx, cv::Mat& labels) {
    cv::Mat grown = above; // shares the pixels: dilate into a fresh matrix only
    const int reach = static_cast<int>(std::ceil(mergeDistancePx / 2.0));
    if (reach > 0) {
        grown = cv::Mat();
        const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_ELLIPSE, {2 * reach + 1, 2 * reach + 1});
        cv::dilate(above, grown, kernel);
    }
    return cv::connectedComponents(grown, labels, 8, CV_32S);
}

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

inspection::Detection toDetection(const Region& region, const DefectConfig& config, cv::Size size) {
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
    const cv::Mat above = map > 1.0;
    cv::Mat labels;
    const int groups = labelMergedGroups(above, config.mergeDistancePx, labels);
    std::vector<Region> regions(static_cast<std::size_t>(groups));
    for (int y = 0; y < map.rows; ++y) {
        const auto* scores = map.ptr<float>(y);
        const auto* flags = above.ptr<std::uint8_t>(y);
        const auto* ids = labels.ptr<int>(y);
        for (int x = 0; x < map.cols; ++x) {
            if (flags[x] != 0) {
                regions[static_cast<std::size_t>(ids[x])].add(x, y, scores[x]);
            }
        }
    }
    std::vector<inspection::Detection> detections;
    for (const Region& region : regions) {
        if (region.count > 0 && region.count >= config.minAreaPx) {
            detections.push_back(toDetection(region, config, map.size()));
        }
    }
    std::stable_sort(detections.begin(), detections.end(),
                     [](const auto& a, const auto& b) { return a.confidence > b.confidence; });
    return detections;
}

} // namespace lupa::vision
