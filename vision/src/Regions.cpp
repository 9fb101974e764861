// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ImageAccess.hpp"
#include "RegionWeights.hpp"

#include <lupa/vision/Regions.hpp>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace lupa::vision {
namespace {

/// Where the even-odd rule of inspection::polygonContains crosses row `y`: the x of each edge spanning it.
void rowCrossings(const std::vector<inspection::PixelPoint>& polygon, double y,
                  std::vector<double>& crossings) {
    crossings.clear();
    for (std::size_t i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
        const auto& a = polygon[i];
        const auto& b = polygon[j];
        if ((a.y > y) != (b.y > y))
            crossings.push_back((b.x - a.x) * (y - a.y) / (b.y - a.y) + a.x);
    }
    std::sort(crossings.begin(), crossings.end());
}

/// Sets `value` on the pixels of `tile` (its top-left pixel is `origin`) whose position polygonContains
/// places inside `polygon`. Row by row from the polygon alone, so any tiling gives the same pixels.
void fillPolygon(cv::Mat& tile, cv::Point origin, const std::vector<inspection::PixelPoint>& polygon,
                 float value) {
    if (polygon.size() < 3)
        return;
    std::vector<double> crossings;
    const auto column = [&](double x) {
        if (std::isnan(x))
            return 0;
        return static_cast<int>(std::clamp(std::ceil(x) - origin.x, 0.0, static_cast<double>(tile.cols)));
    };
    for (int row = 0; row < tile.rows; ++row) {
        rowCrossings(polygon, static_cast<double>(origin.y + row), crossings);
        auto* pixels = tile.ptr<float>(row);
        for (std::size_t k = 0; k + 1 < crossings.size(); k += 2)
            std::fill(pixels + column(crossings[k]), pixels + column(crossings[k + 1]), value);
    }
}

double regionWeight(const inspection::RegionOfInterest& region) {
    return region.kind == inspection::RegionKind::Ignore ? 0.0 : region.sensitivity;
}

} // namespace

void weightByRegions(cv::Mat& tile, cv::Point origin,
                     const std::vector<inspection::RegionOfInterest>& regions) {
    if (regions.empty())
        return;
    cv::Mat weights(tile.size(), CV_32F, cv::Scalar(1.0));
    for (const auto& region : regions) {
        fillPolygon(weights, origin, region.polygon, static_cast<float>(regionWeight(region)));
    }
    cv::multiply(tile, weights, tile);
}

Image applyRegions(const Image& normalisedMap, const std::vector<inspection::RegionOfInterest>& regions) {
    if (regions.empty())
        return normalisedMap;
    cv::Mat map;
    matOf(normalisedMap).convertTo(map, CV_32F);
    weightByRegions(map, {0, 0}, regions);
    return imageOf(map);
}

void nameDetectionRegions(std::vector<inspection::Detection>& detections,
                          const std::vector<inspection::RegionOfInterest>& regions) {
    for (auto& detection : detections) {
        const inspection::PixelPoint centre{(detection.box.x1 + detection.box.x2) / 2.0,
                                            (detection.box.y1 + detection.box.y2) / 2.0};
        const auto* region = inspection::topmostRegionAt(regions, centre);
        detection.region = region ? region->name : std::string();
    }
}

} // namespace lupa::vision
