// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once
// Private: coarse alignment by keypoints, descriptor matching and a RANSAC homography.

#include <lupa/vision/Registration.hpp>

#include <opencv2/core.hpp>

#include <string>

namespace lupa::vision {

/// A coarse homography from keypoints (moving -> reference, full-resolution pixels).
struct FeatureAlignment {
    cv::Matx33d homography = cv::Matx33d::eye();
    int inliers = 0;
    double inlierRmsPx = 0.0; ///< RMS reprojection error of the inliers (px, reference image)
    bool found = false;
    std::string failureReason;
};

/// Detects keypoints in both 8-bit grey images (on copies downscaled to at most 1600 px), matches their
/// descriptors with a ratio test and fits a homography with RANSAC. `found` is false, with a reason, when
/// too few inliers support it or it is degenerate (folds, scale outside 1/3–3).
[[nodiscard]] FeatureAlignment alignByFeatures(const cv::Mat& moving, const cv::Mat& reference,
                                               const RegistrationConfig& config);

} // namespace lupa::vision
