// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ImageAccess.hpp"

#include <lupa/vision/TemplateDifference.hpp>

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace lupa::vision {
namespace {

/// max(0, low - value, value - high) per pixel, in grey levels (F32).
cv::Mat distanceToRange(const cv::Mat& value, const cv::Mat& low, const cv::Mat& high) {
    cv::Mat below;
    cv::Mat above;
    cv::subtract(low, value, below, cv::noArray(), CV_32F);
    cv::subtract(value, high, above, cv::noArray(), CV_32F);
    cv::Mat out = cv::max(below, above);
    return cv::max(out, 0.0);
}

/// How far each pixel of `value` lies outside the range of `other` over the neighbourhood `kernel`.
cv::Mat oneSidedDifference(const cv::Mat& value, const cv::Mat& other, const cv::Mat& kernel) {
    cv::Mat low;
    cv::Mat high;
    cv::erode(other, low, kernel, {-1, -1}, 1, cv::BORDER_REPLICATE);
    cv::dilate(other, high, kernel, {-1, -1}, 1, cv::BORDER_REPLICATE);
    return distanceToRange(value, low, high);
}

} // namespace

Image templateDifferenceMap(const Image& registered, const Image& reference,
                            const TemplateDifferenceConfig& config, const Image& validMask) {
    const cv::Mat test = matOf(toGray8(registered));
    const cv::Mat ref = matOf(toGray8(reference));
    if (test.empty() || test.size() != ref.size()) {
        return Image();
    }
    const int radius = std::max(config.neighbourhoodRadiusPx, 0);
    const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_RECT, {2 * radius + 1, 2 * radius + 1});
    const cv::Mat forward = oneSidedDifference(test, ref, kernel);
    const cv::Mat backward = oneSidedDifference(ref, test, kernel);
    cv::Mat difference =
        config.combine == DifferenceCombine::Min ? cv::min(forward, backward) : cv::max(forward, backward);
    difference *= 1.0 / 255.0;
    if (config.smoothingSigmaPx > 0.0) {
        cv::GaussianBlur(difference, difference, {0, 0}, config.smoothingSigmaPx, config.smoothingSigmaPx,
                         cv::BORDER_REPLICATE);
    }
    const cv::Mat& mask = matOf(validMask);
    if (!mask.empty() && mask.size() == difference.size()) {
        cv::Mat valid = mask != 0;
        if (config.invalidBorderPx > 0) {
            const int side = 2 * config.invalidBorderPx + 1;
            cv::erode(valid, valid, cv::getStructuringElement(cv::MORPH_RECT, {side, side}), {-1, -1}, 1,
                      cv::BORDER_CONSTANT, cv::Scalar(255));
        }
        difference.setTo(0.0F, valid == 0);
    }
    return imageOf(difference);
}

} // namespace lupa::vision
