// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "WindowWarp.hpp"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace lupa::vision {
namespace {

constexpr int kSourcePaddingPx = 2; // bilinear interpolation reads one pixel beyond the mapped area

cv::Matx33d translation(double dx, double dy) {
    return {1, 0, dx, 0, 1, dy, 0, 0, 1};
}

/// The part of the moving image (`size`) that `window` of the reference maps back to, padded for
/// interpolation; the whole image when the mapping is degenerate there.
cv::Rect sourceArea(const cv::Matx33d& referenceToMoving, const cv::Rect& window, cv::Size size) {
    double x1 = HUGE_VAL;
    double y1 = HUGE_VAL;
    double x2 = -HUGE_VAL;
    double y2 = -HUGE_VAL;
    const cv::Point2d corners[] = {{static_cast<double>(window.x), static_cast<double>(window.y)},
                                   {static_cast<double>(window.br().x), static_cast<double>(window.y)},
                                   {static_cast<double>(window.x), static_cast<double>(window.br().y)},
                                   {static_cast<double>(window.br().x), static_cast<double>(window.br().y)}};
    for (const cv::Point2d& corner : corners) {
        const cv::Vec3d p = referenceToMoving * cv::Vec3d(corner.x, corner.y, 1.0);
        if (!(p[2] > 0.0))
            return {{0, 0}, size};
        x1 = std::min(x1, p[0] / p[2]);
        y1 = std::min(y1, p[1] / p[2]);
        x2 = std::max(x2, p[0] / p[2]);
        y2 = std::max(y2, p[1] / p[2]);
    }
    const double limit = 4.0 * std::max(size.width, size.height); // keeps the casts in range
    const auto toInt = [limit](double v) {
        return static_cast<int>(std::clamp(v, -limit, limit));
    };
    const int left = toInt(std::floor(x1)) - kSourcePaddingPx;
    const int top = toInt(std::floor(y1)) - kSourcePaddingPx;
    const int right = toInt(std::ceil(x2)) + kSourcePaddingPx;
    const int bottom = toInt(std::ceil(y2)) + kSourcePaddingPx;
    return cv::Rect(left, top, right - left + 1, bottom - top + 1) & cv::Rect({0, 0}, size);
}

} // namespace

bool isIdentityHomography(const cv::Matx33d& h) {
    return cv::norm(cv::Mat(h), cv::Mat(cv::Matx33d::eye()), cv::NORM_INF) < 1e-12;
}

WarpedWindow warpWindow(const cv::Mat& moving, const cv::Matx33d& movingToReference, cv::Size referenceSize,
                        const cv::Rect& window) {
    if (isIdentityHomography(movingToReference) && moving.size() == referenceSize)
        return {moving(window), cv::Mat()};
    WarpedWindow out;
    const cv::Rect source = sourceArea(movingToReference.inv(), window, moving.size());
    if (source.empty()) {
        out.grey = cv::Mat::zeros(window.size(), CV_8U);
        out.valid = cv::Mat::zeros(window.size(), CV_8U);
        return out;
    }
    const cv::Matx33d local =
        translation(-window.x, -window.y) * movingToReference * translation(source.x, source.y);
    cv::warpPerspective(moving(source), out.grey, cv::Mat(local), window.size(), cv::INTER_LINEAR,
                        cv::BORDER_CONSTANT);
    cv::warpPerspective(cv::Mat(source.size(), CV_8U, cv::Scalar(255)), out.valid, cv::Mat(local),
                        window.size(), cv::INTER_NEAREST, cv::BORDER_CONSTANT);
    return out;
}

} // namespace lupa::vision
