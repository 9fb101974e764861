// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "EccRefinement.hpp"

#include <opencv2/imgproc.hpp>
#include <opencv2/video/tracking.hpp>

#include <algorithm>

namespace lupa::vision {
namespace {

constexpr double kEccEpsilon = 1e-6;
constexpr int kEccGaussianSize = 5; // smooths binarised edges so the gradient is informative

cv::Mat downscaled(const cv::Mat& image, double scale) {
    if (scale >= 1.0) {
        return image;
    }
    cv::Mat small;
    cv::resize(image, small, {}, scale, scale, cv::INTER_AREA);
    return small;
}

} // namespace

EccRefinement refineWithEcc(const cv::Mat& moving, const cv::Mat& reference, const cv::Matx33d& initial,
                            bool homography, int iterations, int maxSidePx) {
    EccRefinement result;
    result.homography = initial;
    const int side = std::max(reference.cols, reference.rows);
    const double scale = side > maxSidePx ? static_cast<double>(maxSidePx) / side : 1.0;
    const cv::Matx33d s(scale, 0, 0, 0, scale, 0, 0, 0, 1);
    // ECC warps reference coordinates into the moving image: the inverse of our homography.
    cv::Matx33d warp = s * initial * s.inv();
    warp = warp.inv();
    warp *= 1.0 / warp(2, 2);
    cv::Mat warpMatrix;
    if (homography) {
        cv::Mat(warp).convertTo(warpMatrix, CV_32F);
    } else {
        cv::Mat(warp).rowRange(0, 2).convertTo(warpMatrix, CV_32F);
    }
    try {
        const cv::TermCriteria criteria(cv::TermCriteria::COUNT | cv::TermCriteria::EPS,
                                        std::max(iterations, 1), kEccEpsilon);
        result.correlation =
            cv::findTransformECC(downscaled(reference, scale), downscaled(moving, scale), warpMatrix,
                                 homography ? cv::MOTION_HOMOGRAPHY : cv::MOTION_AFFINE, criteria,
                                 cv::noArray(), kEccGaussianSize);
    } catch (const cv::Exception&) {
        return result; // diverged or singular: keep the coarse estimate
    }
    cv::Matx33d refined = cv::Matx33d::eye();
    for (int r = 0; r < warpMatrix.rows; ++r) {
        for (int c = 0; c < 3; ++c) {
            refined(r, c) = warpMatrix.at<float>(r, c);
        }
    }
    refined = s.inv() * refined.inv() * s;
    refined *= 1.0 / refined(2, 2);
    result.homography = refined;
    result.converged = true;
    return result;
}

} // namespace lupa::vision
