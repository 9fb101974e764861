// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ErrorMaps.hpp"

#include <opencv2/imgproc.hpp>

namespace lupa::vision::detail {
namespace {

cv::Mat gaussian(const cv::Mat& image, double sigmaPx) {
    cv::Mat out;
    cv::GaussianBlur(image, out, cv::Size(0, 0), sigmaPx, sigmaPx, cv::BORDER_REFLECT_101);
    return out;
}

} // namespace

cv::Mat squaredErrorMap(const cv::Mat& a, const cv::Mat& b) {
    cv::Mat difference = a - b;
    return difference.mul(difference);
}

cv::Mat ssimDissimilarityMap(const cv::Mat& a, const cv::Mat& b, double sigmaPx) {
    constexpr double kC1 = 0.01 * 0.01;
    constexpr double kC2 = 0.03 * 0.03;
    const cv::Mat meanA = gaussian(a, sigmaPx);
    const cv::Mat meanB = gaussian(b, sigmaPx);
    const cv::Mat meanAB = meanA.mul(meanB);
    const cv::Mat meanAA = meanA.mul(meanA);
    const cv::Mat meanBB = meanB.mul(meanB);
    const cv::Mat varianceA = gaussian(a.mul(a), sigmaPx) - meanAA;
    const cv::Mat varianceB = gaussian(b.mul(b), sigmaPx) - meanBB;
    const cv::Mat covariance = gaussian(a.mul(b), sigmaPx) - meanAB;
    const cv::Mat numerator = (2 * meanAB + kC1).mul(2 * covariance + kC2);
    const cv::Mat denominator = (meanAA + meanBB + kC1).mul(varianceA + varianceB + kC2);
    cv::Mat ssim;
    cv::divide(numerator, denominator, ssim);
    cv::Mat dissimilarity = (1.0 - ssim) * 0.5;
    cv::min(cv::max(dissimilarity, 0.0), 1.0, dissimilarity);
    return dissimilarity;
}

cv::Mat smoothMap(const cv::Mat& map, double sigmaPx) {
    return sigmaPx > 0 ? gaussian(map, sigmaPx) : map;
}

} // namespace lupa::vision::detail
