// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ImageAccess.hpp"

#include <lupa/vision/Regions.hpp>

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace lupa::vision {
namespace {

std::vector<cv::Point> pixelPolygon(const std::vector<inspection::PixelPoint>& polygon) {
    std::vector<cv::Point> points;
    points.reserve(polygon.size());
    for (const auto& point : polygon)
        points.emplace_back(static_cast<int>(std::lround(point.x)), static_cast<int>(std::lround(point.y)));
    return points;
}

double regionWeight(const inspection::RegionOfInterest& region) {
    return region.kind == inspection::RegionKind::Ignore ? 0.0 : region.sensitivity;
}

} // namespace

Image applyRegions(const Image& normalisedMap, const std::vector<inspection::RegionOfInterest>& regions) {
    if (regions.empty())
        return normalisedMap;
    cv::Mat map;
    matOf(normalisedMap).convertTo(map, CV_32F);
    cv::Mat weights(map.size(), CV_32F, cv::Scalar(1.0));
    for (const auto& region : regions) {
        const std::vector<std::vector<cv::Point>> polygons{pixelPolygon(region.polygon)};
        cv::fillPoly(weights, polygons, cv::Scalar(regionWeight(region)));
    }
    return imageOf(map.mul(weights));
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
