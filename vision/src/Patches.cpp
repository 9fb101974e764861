// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ImageAccess.hpp"

#include <lupa/vision/Patches.hpp>

#include <fmt/format.h>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>
#include <span>

namespace lupa::vision {
namespace {

double uniform(std::mt19937_64& random, double low, double high) {
    return low + (high - low) * (static_cast<double>(random() >> 11) * 0x1.0p-53);
}

int uniformInt(std::mt19937_64& random, int low, int high) { // inclusive
    return low + static_cast<int>(random() % static_cast<std::uint64_t>(high - low + 1));
}

// A normal deviate by Box-Muller on our own uniforms: std::normal_distribution differs between libraries.
double gaussian(std::mt19937_64& random) {
    const double u = std::max(uniform(random, 0, 1), 1e-300);
    return std::sqrt(-2 * std::log(u)) * std::cos(2 * std::numbers::pi * uniform(random, 0, 1));
}

Result<void> checkConfig(const std::vector<Image>& images, const PatchConfig& config) {
    if (config.size < 1 || config.count < 1 || config.maxShiftPx < 0 || !(config.brightnessJitter >= 0) ||
        !(config.contrastJitter >= 0) || !(config.noiseSigma >= 0))
        return Error::usage("patch config: size and count must be positive, shift and jitters not negative");
    if (images.empty())
        return Error::badInput("no images to take patches from");
    for (std::size_t i = 0; i < images.size(); ++i)
        if (images[i].width() < config.size || images[i].height() < config.size)
            return Error::badInput(fmt::format("image {} ({} x {} px) is smaller than the {} px patches", i,
                                               images[i].width(), images[i].height(), config.size));
    return success();
}

// A random patch position along one axis of `length` px: a grid point shifted by up to maxShift.
int patchOrigin(std::mt19937_64& random, int length, const PatchConfig& config) {
    const int last = length - config.size;
    const int step = std::max(1, config.size / 2);
    const int grid = uniformInt(random, 0, last / step) * step;
    const int shift = config.maxShiftPx > 0 ? uniformInt(random, -config.maxShiftPx, config.maxShiftPx) : 0;
    return std::clamp(grid + shift, 0, last);
}

void writePatch(const cv::Mat& grey, int x, int y, const PatchConfig& config, std::mt19937_64& random,
                std::span<float> out) {
    const double offset = uniform(random, -config.brightnessJitter, config.brightnessJitter);
    const double gain = uniform(random, 1 - config.contrastJitter, 1 + config.contrastJitter);
    const cv::Mat patch = grey(cv::Rect(x, y, config.size, config.size));
    const double mean = cv::mean(patch)[0] / 255.0;
    std::size_t i = 0;
    for (int row = 0; row < config.size; ++row) {
        const auto* pixels = patch.ptr<std::uint8_t>(row);
        for (int col = 0; col < config.size; ++col, ++i) {
            double value = mean + gain * (pixels[col] / 255.0 - mean) + offset;
            if (config.noiseSigma > 0)
                value += config.noiseSigma * gaussian(random);
            out[i] = static_cast<float>(std::clamp(value, 0.0, 1.0));
        }
    }
}

} // namespace

Result<ml::Tensor> samplePatches(const std::vector<Image>& goodImages, const PatchConfig& config) {
    LUPA_TRY(checkConfig(goodImages, config));
    std::vector<Image> greys;
    for (const auto& image : goodImages)
        greys.push_back(toGray8(image));
    std::mt19937_64 random(config.seed);
    auto patches = ml::Tensor::zeros({config.count, 1, config.size, config.size});
    for (int n = 0; n < config.count; ++n) {
        const cv::Mat& grey = matOf(greys[static_cast<std::size_t>(n) % greys.size()]);
        const int x = patchOrigin(random, grey.cols, config);
        const int y = patchOrigin(random, grey.rows, config);
        writePatch(grey, x, y, config, random, patches.row(n));
    }
    return patches;
}

Image cropForBox(const Image& image, const inspection::Box& box, int size, double context) {
    const Image greyImage = toGray8(image);
    const cv::Mat& grey = matOf(greyImage);
    const double centreX = 0.5 * (box.x1 + box.x2);
    const double centreY = 0.5 * (box.y1 + box.y2);
    const int side =
        std::max(8, static_cast<int>(std::lround(std::max(box.width(), box.height()) * context)));
    const int x0 = static_cast<int>(std::lround(centreX - 0.5 * (side - 1)));
    const int y0 = static_cast<int>(std::lround(centreY - 0.5 * (side - 1)));
    // The part inside the image, then replicated borders for the rest.
    const cv::Rect wanted(x0, y0, side, side);
    const cv::Rect inside = wanted & cv::Rect(0, 0, grey.cols, grey.rows);
    cv::Mat square;
    if (inside.area() == 0) {
        square = cv::Mat(side, side, CV_8U, cv::Scalar(0));
    } else {
        cv::copyMakeBorder(grey(inside), square, inside.y - y0, y0 + side - inside.y - inside.height,
                           inside.x - x0, x0 + side - inside.x - inside.width, cv::BORDER_REPLICATE);
    }
    cv::Mat resized;
    cv::resize(square, resized, cv::Size(size, size), 0, 0, side > size ? cv::INTER_AREA : cv::INTER_LINEAR);
    return imageOf(resized);
}

Result<ml::Tensor> cropsForBoxes(const Image& image, const std::vector<inspection::Box>& boxes, int size,
                                 double context) {
    if (size < 1)
        return Error::usage(fmt::format("crop size {} px: it must be positive", size));
    if (image.empty())
        return Error::badInput("cannot crop boxes from an empty image");
    auto crops = ml::Tensor::zeros({static_cast<std::int64_t>(boxes.size()), 1, size, size});
    for (std::size_t b = 0; b < boxes.size(); ++b) {
        const Image crop = cropForBox(image, boxes[b], size, context);
        const cv::Mat& pixels = matOf(crop);
        auto out = crops.row(static_cast<std::int64_t>(b));
        for (int y = 0; y < size; ++y)
            for (int x = 0; x < size; ++x)
                out[static_cast<std::size_t>(y) * size + x] = pixels.at<std::uint8_t>(y, x) / 255.0f;
    }
    return crops;
}

} // namespace lupa::vision
