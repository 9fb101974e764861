// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ImageAccess.hpp"
#include "TiledDifference.hpp"
#include "WindowWarp.hpp"

#include <lupa/vision/Inspector.hpp>
#include <lupa/vision/Regions.hpp>

#include <fmt/format.h>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace lupa::vision {
namespace {

constexpr double kMaxAreaRatio = 2.0;
constexpr double kMaxAspectMismatch = 0.2;

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

Result<void> checkComparable(const Image& tested, const Image& reference) {
    if (tested.empty() || reference.empty()) {
        return Error::badInput(tested.empty() ? "the tested image is empty" : "the reference image is empty");
    }
    const double areaRatio = (static_cast<double>(tested.width()) * tested.height()) /
                             (static_cast<double>(reference.width()) * reference.height());
    const double aspectRatio = (static_cast<double>(tested.width()) / tested.height()) /
                               (static_cast<double>(reference.width()) / reference.height());
    const bool rotatedAspect = std::abs(1.0 / aspectRatio - 1.0) <= kMaxAspectMismatch;
    if (areaRatio > kMaxAreaRatio || areaRatio < 1.0 / kMaxAreaRatio ||
        (std::abs(aspectRatio - 1.0) > kMaxAspectMismatch && !rotatedAspect)) {
        return Error::badInput(fmt::format("the tested image ({}x{} px) cannot show the same module as the "
                                           "reference ({}x{} px): size or aspect ratio too different",
                                           tested.width(), tested.height(), reference.width(),
                                           reference.height()));
    }
    return success();
}

cv::Matx33d homographyOf(const Registration& registration) {
    const auto& h = registration.homography;
    return {h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7], h[8]};
}

/// The box (reference coordinates) mapped into the tested image: bounding box of its mapped corners.
inspection::Box toTestedCoordinates(const inspection::Box& box, const cv::Matx33d& referenceToTested,
                                    cv::Size tested) {
    double x1 = tested.width;
    double y1 = tested.height;
    double x2 = 0.0;
    double y2 = 0.0;
    for (const cv::Point2d corner : {cv::Point2d(box.x1, box.y1), cv::Point2d(box.x2, box.y1),
                                     cv::Point2d(box.x1, box.y2), cv::Point2d(box.x2, box.y2)}) {
        const cv::Vec3d p = referenceToTested * cv::Vec3d(corner.x, corner.y, 1.0);
        x1 = std::min(x1, p[0] / p[2]);
        y1 = std::min(y1, p[1] / p[2]);
        x2 = std::max(x2, p[0] / p[2]);
        y2 = std::max(y2, p[1] / p[2]);
    }
    const auto clampTo = [](double v, int limit) {
        return std::clamp(static_cast<int>(std::lround(v)), 0, limit - 1);
    };
    return {clampTo(x1, tested.width), clampTo(y1, tested.height), clampTo(x2, tested.width),
            clampTo(y2, tested.height)};
}

} // namespace

Result<InspectionResult> inspectAgainstReference(const Image& tested, const Image& reference,
                                                 const InspectionConfig& config) {
    const auto start = Clock::now();
    LUPA_TRY(checkComparable(tested, reference));
    if (!(config.threshold > 0.0)) {
        return Error::usage("the anomaly threshold must be positive");
    }
    const Image testedGrey = toGray8(tested);
    const Image referenceGrey = toGray8(reference);
    auto registration = registerToReference(testedGrey, referenceGrey, config.registration);
    if (!registration) {
        return std::move(registration).error();
    }
    InspectionResult result;
    result.registration = *registration;
    result.registrationSeconds = secondsSince(start);
    try {
        const cv::Matx33d h = homographyOf(result.registration);
        const TiledDifferenceInput input{.tested = matOf(testedGrey),
                                         .reference = matOf(referenceGrey),
                                         .testedToReference = h,
                                         .photometric = config.photometric,
                                         .difference = config.difference,
                                         .threshold = config.threshold,
                                         .regions = config.regions,
                                         .tileSidePx = config.tileSidePx};
        result.anomalyMap = imageOf(tiledAnomalyMap(input));
        result.detections = extractDefects(result.anomalyMap, config.defects);
        nameDetectionRegions(result.detections, config.regions);
        if (!isIdentityHomography(h)) {
            const cv::Matx33d back = h.inv();
            for (auto& detection : result.detections) {
                detection.box = toTestedCoordinates(detection.box, back, matOf(testedGrey).size());
            }
        }
    } catch (const cv::Exception& e) {
        return Error::runtime(fmt::format("inspection failed inside OpenCV: {}", e.err));
    }
    result.verdict = decideVerdict(result.registration, result.detections, config.verdict);
    result.totalSeconds = secondsSince(start);
    return result;
}

} // namespace lupa::vision
