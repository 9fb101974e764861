// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ImageAccess.hpp"

#include <lupa/vision/Patches.hpp>

#include <gtest/gtest.h>
#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>

namespace lupa::vision {
namespace {

Image gradient(int width, int height) {
    cv::Mat pixels(height, width, CV_8U);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            pixels.at<std::uint8_t>(y, x) = static_cast<std::uint8_t>((x + 2 * y) % 256);
    return imageOf(pixels);
}

TEST(visionConvPatches, SamplesSeededAugmentedPatches) {
    const std::vector<Image> images{gradient(100, 80), gradient(70, 90)};
    PatchConfig config;
    config.size = 16;
    config.count = 50;
    const auto patches = samplePatches(images, config).value();
    EXPECT_EQ(patches.shape, (std::vector<std::int64_t>{50, 1, 16, 16}));
    const auto [low, high] = std::minmax_element(patches.values.begin(), patches.values.end());
    EXPECT_GE(*low, 0.0F);
    EXPECT_LE(*high, 1.0F);
    EXPECT_EQ(samplePatches(images, config).value().values, patches.values);
    config.seed = 2;
    EXPECT_NE(samplePatches(images, config).value().values, patches.values);

    config.noiseSigma = config.brightnessJitter = config.contrastJitter = 0;
    config.maxShiftPx = 0; // grid positions (multiples of 8 px), exact pixels
    const auto plain = samplePatches(images, config).value();
    const float first = plain.values[0] * 255.0F;
    EXPECT_NEAR(first - std::round(first), 0.0, 1e-3);
}

TEST(visionConvPatches, RefusesImpossiblePatches) {
    PatchConfig config;
    config.size = 64;
    EXPECT_EQ(samplePatches({gradient(100, 40)}, config).error().kind, ErrorKind::BadInput);
    EXPECT_EQ(samplePatches({}, config).error().kind, ErrorKind::BadInput);
    config.count = 0;
    EXPECT_EQ(samplePatches({gradient(100, 100)}, config).error().kind, ErrorKind::Usage);
}

TEST(visionConvPatches, CropsBoxesWithContextEvenAtTheBorder) {
    cv::Mat pixels(100, 100, CV_8U, cv::Scalar(0));
    pixels(cv::Rect(40, 40, 10, 10)).setTo(255);
    const auto image = imageOf(pixels);
    const std::vector<inspection::Box> boxes{{40, 40, 49, 49}, {-5, 95, 3, 104}};
    const auto crops = cropsForBoxes(image, boxes, 30).value();
    EXPECT_EQ(crops.shape, (std::vector<std::int64_t>{2, 1, 30, 30}));
    const auto first = crops.row(0);
    EXPECT_NEAR(first[15 * 30 + 15], 1.0, 1e-6); // the bright box in the middle
    EXPECT_NEAR(first[1 * 30 + 1], 0.0, 1e-6);   // dark context around it
    const auto crop = cropForBox(image, boxes[0], 30);
    EXPECT_EQ(crop.width(), 30);
    EXPECT_EQ(crop.depth(), PixelDepth::U8);
    EXPECT_EQ(cropsForBoxes(Image(), boxes, 30).error().kind, ErrorKind::BadInput);
}

} // namespace
} // namespace lupa::vision
