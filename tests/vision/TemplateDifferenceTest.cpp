// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "PipelineTestImages.hpp"

#include <lupa/vision/TemplateDifference.hpp>

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

namespace lupa::vision {
namespace {

double maxOf(const cv::Mat& map, const cv::Rect& region) {
    double high = 0.0;
    cv::minMaxLoc(map(region), nullptr, &high);
    return high;
}

TEST(TemplateDifference, FlagsAnInjectedBlobOnly) {
    cv::Mat reference = test::syntheticBoard(320, 320, 31);
    reference(cv::Rect(140, 140, 30, 30)).setTo(cv::Scalar(30)); // bare substrate around the defect
    cv::Mat tested = reference.clone();
    const cv::Rect blob(150, 150, 10, 10);
    tested(blob).setTo(cv::Scalar(220)); // spurious copper

    const cv::Mat map =
        test::toMat(templateDifferenceMap(test::toImage(tested), test::toImage(reference), {}));

    ASSERT_EQ(map.type(), CV_32FC1);
    EXPECT_GT(maxOf(map, blob), 0.5);
    cv::Mat outside = map.clone();
    outside(cv::Rect(140, 140, 30, 30)).setTo(0.0F);
    EXPECT_LT(maxOf(outside, {0, 0, 320, 320}), 0.01);
}

TEST(TemplateDifference, IgnoresAHalfPixelShift) {
    const cv::Mat reference = test::syntheticBoard(320, 320, 32);
    const cv::Mat shifted = test::warped(reference, cv::Matx33d(1, 0, 0.5, 0, 1, 0.5, 0, 0, 1));
    const cv::Mat map =
        test::toMat(templateDifferenceMap(test::toImage(shifted), test::toImage(reference), {}));
    // Skip the 1-px border the shift leaves black.
    EXPECT_LT(maxOf(map, {4, 4, 312, 312}), 0.1);
    // Without tolerance (radius 0) the same shift shows on every edge.
    TemplateDifferenceConfig strict;
    strict.neighbourhoodRadiusPx = 0;
    strict.smoothingSigmaPx = 0.0;
    const cv::Mat strictMap =
        test::toMat(templateDifferenceMap(test::toImage(shifted), test::toImage(reference), strict));
    EXPECT_GT(maxOf(strictMap, {4, 4, 312, 312}), 0.3);
}

TEST(TemplateDifference, InvalidPixelsAndTheirBorderAreZero) {
    const cv::Mat reference = test::syntheticBoard(200, 200, 33);
    const cv::Mat tested = 255 - reference; // differs everywhere
    cv::Mat valid(200, 200, CV_8U, cv::Scalar(255));
    valid(cv::Rect(0, 0, 50, 200)).setTo(0);
    TemplateDifferenceConfig config;
    config.invalidBorderPx = 4;
    const cv::Mat map = test::toMat(
        templateDifferenceMap(test::toImage(tested), test::toImage(reference), config, test::toImage(valid)));
    EXPECT_EQ(maxOf(map, {0, 0, 54, 200}), 0.0);
    EXPECT_GT(maxOf(map, {60, 0, 140, 200}), 0.5);
}

TEST(TemplateDifference, DifferentSizesGiveAnEmptyMap) {
    const Image a = test::toImage(test::syntheticBoard(64, 64, 1));
    const Image b = test::toImage(test::syntheticBoard(64, 32, 1));
    EXPECT_TRUE(templateDifferenceMap(a, b, {}).empty());
}

} // namespace
} // namespace lupa::vision
