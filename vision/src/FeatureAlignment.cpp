// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "FeatureAlignment.hpp"

#include <fmt/format.h>
#include <opencv2/calib3d.hpp>
#include <opencv2/features2d.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace lupa::vision {
namespace {

constexpr int kFeatureMaxSidePx = 1600;
constexpr double kRatioTest = 0.8;
constexpr double kMinScale = 1.0 / 3.0;
constexpr double kMaxScale = 3.0;

struct Keypoints {
    std::vector<cv::KeyPoint> points;
    cv::Mat descriptors;
    double scale = 1.0; ///< detection image / full image
};

Keypoints detect(const cv::Mat& image, const RegistrationConfig& config) {
    Keypoints result;
    cv::Mat work = image;
    const int side = std::max(image.cols, image.rows);
    if (side > kFeatureMaxSidePx) {
        result.scale = static_cast<double>(kFeatureMaxSidePx) / side;
        cv::resize(image, work, {}, result.scale, result.scale, cv::INTER_AREA);
    }
    cv::Ptr<cv::Feature2D> detector;
    if (config.detector == FeatureDetector::Akaze) {
        detector = cv::AKAZE::create();
    } else {
        detector = cv::ORB::create(std::max(config.maxFeatures, 100));
    }
    detector->detectAndCompute(work, cv::noArray(), result.points, result.descriptors);
    if (config.detector == FeatureDetector::Akaze &&
        static_cast<int>(result.points.size()) > config.maxFeatures) {
        // Keep the strongest responses (and their descriptor rows) so both detectors honour maxFeatures.
        std::vector<int> order(result.points.size());
        for (std::size_t i = 0; i < order.size(); ++i) {
            order[i] = static_cast<int>(i);
        }
        std::sort(order.begin(), order.end(),
                  [&](int a, int b) { return result.points[a].response > result.points[b].response; });
        order.resize(static_cast<std::size_t>(config.maxFeatures));
        Keypoints kept;
        kept.scale = result.scale;
        for (int index : order) {
            kept.points.push_back(result.points[index]);
            kept.descriptors.push_back(result.descriptors.row(index));
        }
        return kept;
    }
    return result;
}

/// Scale of the linear part and whether it keeps orientation (no fold).
bool plausible(const cv::Matx33d& h) {
    const double det = h(0, 0) * h(1, 1) - h(0, 1) * h(1, 0);
    if (!(det > 0.0) || !std::isfinite(det)) {
        return false;
    }
    const double scale = std::sqrt(det);
    return scale > kMinScale && scale < kMaxScale;
}

} // namespace

FeatureAlignment alignByFeatures(const cv::Mat& moving, const cv::Mat& reference,
                                 const RegistrationConfig& config) {
    FeatureAlignment result;
    const Keypoints a = detect(moving, config);
    const Keypoints b = detect(reference, config);
    if (a.descriptors.empty() || b.descriptors.empty()) {
        result.failureReason = "no keypoints found (image without texture?)";
        return result;
    }
    cv::BFMatcher matcher(cv::NORM_HAMMING);
    std::vector<std::vector<cv::DMatch>> candidates;
    matcher.knnMatch(a.descriptors, b.descriptors, candidates, 2);
    std::vector<cv::Point2f> from;
    std::vector<cv::Point2f> to;
    for (const auto& pair : candidates) {
        if (pair.size() == 2 && pair[0].distance < kRatioTest * pair[1].distance) {
            from.push_back(a.points[static_cast<std::size_t>(pair[0].queryIdx)].pt * (1.0 / a.scale));
            to.push_back(b.points[static_cast<std::size_t>(pair[0].trainIdx)].pt * (1.0 / b.scale));
        }
    }
    const int minInliers = std::max(config.minInliers, 4);
    if (static_cast<int>(from.size()) < minInliers) {
        result.failureReason = fmt::format("only {} keypoint matches, {} needed", from.size(), minInliers);
        return result;
    }
    std::vector<unsigned char> mask;
    const cv::Mat h = cv::findHomography(from, to, cv::RANSAC, config.ransacThresholdPx, mask, 5000, 0.999);
    if (h.empty()) {
        result.failureReason = "no homography fits the keypoint matches";
        return result;
    }
    result.homography = cv::Matx33d(h);
    double sum = 0.0;
    for (std::size_t i = 0; i < from.size(); ++i) {
        if (mask[i] != 0) {
            ++result.inliers;
            const cv::Vec3d p = result.homography * cv::Vec3d(from[i].x, from[i].y, 1.0);
            const double dx = p[0] / p[2] - to[i].x;
            const double dy = p[1] / p[2] - to[i].y;
            sum += dx * dx + dy * dy;
        }
    }
    result.inlierRmsPx = result.inliers > 0 ? std::sqrt(sum / result.inliers) : 0.0;
    if (result.inliers < minInliers) {
        result.failureReason = fmt::format("only {} RANSAC inliers, {} needed", result.inliers, minInliers);
    } else if (!plausible(result.homography)) {
        result.failureReason = "the fitted homography is degenerate (fold or implausible scale)";
    } else {
        result.found = true;
    }
    return result;
}

} // namespace lupa::vision
