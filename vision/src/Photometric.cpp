// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "HistogramMatching.hpp"
#include "ImageAccess.hpp"

#include <lupa/vision/Photometric.hpp>

#include <opencv2/imgproc.hpp>

namespace lupa::vision {
namespace {

constexpr double kClaheClipLimit = 2.0;
constexpr int kClaheTilesPerSide = 8;

using Cdf = std::array<double, 256>;

Cdf cumulative(const GreyHistogram& counts) {
    double total = 0.0;
    for (const double count : counts)
        total += count;
    Cdf cdf{};
    double sum = 0.0;
    for (std::size_t level = 0; level < counts.size(); ++level) {
        sum += counts[level];
        cdf[level] = total > 0.0 ? sum / total : 0.0;
    }
    return cdf;
}

GreyHistogram histogramOf(const cv::Mat& grey) {
    GreyHistogram counts{};
    accumulateHistogram(grey, counts);
    return counts;
}

} // namespace

void accumulateHistogram(const cv::Mat& grey, GreyHistogram& counts) {
    for (int y = 0; y < grey.rows; ++y) {
        const auto* row = grey.ptr<std::uint8_t>(y);
        for (int x = 0; x < grey.cols; ++x)
            counts[row[x]] += 1.0;
    }
}

cv::Mat histogramMatchingLut(const GreyHistogram& source, const GreyHistogram& target) {
    const Cdf from = cumulative(source);
    const Cdf to = cumulative(target);
    cv::Mat lut(1, 256, CV_8U);
    int level = 0;
    for (int value = 0; value < 256; ++value) {
        while (level < 255 && to[static_cast<std::size_t>(level)] < from[static_cast<std::size_t>(value)])
            ++level;
        lut.at<std::uint8_t>(value) = static_cast<std::uint8_t>(level);
    }
    return lut;
}

cv::Mat equaliseContrast(const cv::Mat& grey) {
    cv::Mat out;
    cv::createCLAHE(kClaheClipLimit, {kClaheTilesPerSide, kClaheTilesPerSide})->apply(grey, out);
    return out;
}

Image normalisePhotometry(const Image& image, const Image& reference, PhotometricMethod method) {
    const cv::Mat grey = matOf(toGray8(image));
    if (grey.empty()) {
        return imageOf(grey);
    }
    switch (method) {
    case PhotometricMethod::HistogramMatch: {
        const cv::Mat referenceGrey = matOf(toGray8(reference));
        if (referenceGrey.empty())
            return imageOf(grey);
        cv::Mat out;
        cv::LUT(grey, histogramMatchingLut(histogramOf(grey), histogramOf(referenceGrey)), out);
        return imageOf(out);
    }
    case PhotometricMethod::Clahe:
        return imageOf(equaliseContrast(grey));
    case PhotometricMethod::None:
        break;
    }
    return imageOf(grey);
}

} // namespace lupa::vision
