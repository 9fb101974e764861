// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once
// vision's private per-pixel comparisons of an image with its reconstruction (never a public header).

#include <opencv2/core/mat.hpp>

namespace lupa::vision::detail {

/// (a - b)^2 per pixel of two CV_32F one-channel images of the same size.
[[nodiscard]] cv::Mat squaredErrorMap(const cv::Mat& a, const cv::Mat& b);

/// (1 - SSIM) / 2 per pixel, in [0, 1], of two CV_32F one-channel images with values in [0, 1]:
/// local means, variances and covariance in a Gaussian window of `sigmaPx` (px), SSIM's constants
/// C1 = 0.01^2, C2 = 0.03^2.
[[nodiscard]] cv::Mat ssimDissimilarityMap(const cv::Mat& a, const cv::Mat& b, double sigmaPx);

/// `map` smoothed by a Gaussian of `sigmaPx` (px); `map` itself when sigmaPx <= 0.
[[nodiscard]] cv::Mat smoothMap(const cv::Mat& map, double sigmaPx);

} // namespace lupa::vision::detail
