// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ImageAccess.hpp"

#include <lupa/vision/Photometric.hpp>

#include <opencv2/imgproc.hpp>

#include <array>

namespace lupa::vision {
namespace {

constexpr double kClaheClipLimit = 2.0;
constexpr int kClaheTilesPerSide = 8;

using Cdf = std::array<double, 256>;

Cdf cumulativeHistogram(const cv::Mat& grey) {
    std::array<double, 256> counts{};
    for (int y = 0; y < grey.rows; ++y) {
        const auto* row = grey.ptr<std::uint8_t>(y);
        for (int x = 0; x < grey.cols; ++x) {
            counts[row[x]] += 1.0;
        }
    }
    Cdf cdf{};
    double sum = 0.0;
    const double total = static_cast<double>(grey.total());
    for (std::size_t level = 0; level < counts.size(); ++level) {
        sum += counts[level];
        cdf[level] = sum / total;
    }
    return cdf;
}

/// Maps each grey level of `image` to the reference level with the nearest cumulative frequency.
cv::Mat matchHistogram(const cv::Mat& image, const cv::Mat& reference) {
    const Cdf source = cumulativeHistogram(image);
    const Cdf target = cumulativeHistogram(reference);
    cv::Mat lut(1, 256, CV_8U);
    int level = 0;
    for (int value = 0; value < 256; ++value) {
        while (level < 255 &&
               target[static_cast<std::size_t>(level)] < source[static_cast<std::size_t>(value)]) {
            ++level;
        }
        lut.at<std::uint8_t>(value) = static_cast<std::uint8_t>(level);
    }
    cv::Mat out;
    cv::LUT(image, lut, out);
    return out;
}

} // namespace

Image normalisePhotometry(const Image& image, const Image& reference, PhotometricMethod method) {
    const cv::Mat grey = matOf(toGray8(image));
    if (grey.empty()) {
        return imageOf(grey);
    }
    switch (method) {
    case PhotometricMethod::HistogramMatch: {
        const cv::Mat referenceGrey = matOf(toGray8(reference));
        return referenceGrey.empty() ? imageOf(grey) : imageOf(matchHistogram(grey, referenceGrey));
    }
    case PhotometricMethod::Clahe: {
        cv::Mat out;
        cv::createCLAHE(kClaheClipLimit, {kClaheTilesPerSide, kClaheTilesPerSide})->apply(grey, out);
        return imageOf(out);
    }
    case PhotometricMethod::None:
        break;
    }
    return imageOf(grey);
}

} // namespace lupa::vision
