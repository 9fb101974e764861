// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "PipelineTestImages.hpp"

#include <lupa/vision/Defects.hpp>

#include <gtest/gtest.h>

namespace lupa::vision {
namespace {

DefectConfig plainConfig() {
    DefectConfig config;
    config.mergeDistancePx = 6.0;
    config.minAreaPx = 10.0;
    config.boxPaddingPx = 0;
    config.minBoxSidePx = 0;
    return config;
}

TEST(Defects, BoxAreaAndScoresOfOneBlob) {
    cv::Mat map(100, 120, CV_32F, cv::Scalar(0.2));
    map(cv::Rect(30, 40, 10, 5)).setTo(2.0F);
    map.at<float>(42, 35) = 3.0F;
    DefectConfig config = plainConfig();
    config.micrometresPerPixel = 10.0;

    const auto defects = extractDefects(test::toImage(map), config);

    ASSERT_EQ(defects.size(), 1U);
    EXPECT_EQ(defects[0].box, (inspection::Box{30, 40, 39, 44}));
    EXPECT_DOUBLE_EQ(defects[0].areaPx, 50.0);
    EXPECT_NEAR(defects[0].areaMm2, 50.0 * 1e-4, 1e-12);
    EXPECT_DOUBLE_EQ(defects[0].peakScore, 3.0);
    EXPECT_NEAR(defects[0].meanScore, (49 * 2.0 + 3.0) / 50.0, 1e-6);
    EXPECT_EQ(defects[0].classId, inspection::kUnclassified);
}

TEST(Defects, CloseBlobsMergeAndFarOnesDoNot) {
    cv::Mat map(100, 200, CV_32F, cv::Scalar(0.0));
    map(cv::Rect(10, 10, 5, 5)).setTo(2.0F);
    map(cv::Rect(19, 10, 5, 5)).setTo(2.0F);  // 4 px gap: merges
    map(cv::Rect(100, 10, 5, 5)).setTo(2.0F); // far away: its own defect
    const auto defects = extractDefects(test::toImage(map), plainConfig());
    ASSERT_EQ(defects.size(), 2U);
    const auto& merged = defects[0].box.x1 == 10 ? defects[0] : defects[1];
    EXPECT_EQ(merged.box, (inspection::Box{10, 10, 23, 14}));
    EXPECT_DOUBLE_EQ(merged.areaPx, 50.0);
}

TEST(Defects, MinimumAreaDropsSpecks) {
    cv::Mat map(50, 50, CV_32F, cv::Scalar(0.0));
    map(cv::Rect(5, 5, 3, 3)).setTo(5.0F); // 9 px < 10 px
    EXPECT_TRUE(extractDefects(test::toImage(map), plainConfig()).empty());
    DefectConfig lenient = plainConfig();
    lenient.minAreaPx = 9.0;
    EXPECT_EQ(extractDefects(test::toImage(map), lenient).size(), 1U);
}

TEST(Defects, PaddingAndMinimumSideAreClippedToTheImage) {
    cv::Mat map(50, 50, CV_32F, cv::Scalar(0.0));
    map(cv::Rect(1, 20, 4, 4)).setTo(2.0F);
    DefectConfig config = plainConfig();
    config.boxPaddingPx = 3;
    config.minAreaPx = 1.0;
    auto defects = extractDefects(test::toImage(map), config);
    ASSERT_EQ(defects.size(), 1U);
    EXPECT_EQ(defects[0].box, (inspection::Box{0, 17, 7, 26}));
    config.minBoxSidePx = 20;
    defects = extractDefects(test::toImage(map), config);
    ASSERT_EQ(defects.size(), 1U);
    EXPECT_EQ(defects[0].box.height(), 20);
}

TEST(Defects, ConfidenceRisesWithPeakAndSortsTheList) {
    cv::Mat map(60, 200, CV_32F, cv::Scalar(0.0));
    map(cv::Rect(10, 10, 5, 5)).setTo(1.2F);
    map(cv::Rect(60, 10, 5, 5)).setTo(4.0F);
    map(cv::Rect(120, 10, 5, 5)).setTo(2.0F);
    const auto defects = extractDefects(test::toImage(map), plainConfig());
    ASSERT_EQ(defects.size(), 3U);
    EXPECT_NEAR(defects[0].peakScore, 4.0, 1e-6);
    EXPECT_NEAR(defects[2].peakScore, 1.2, 1e-6);
    EXPECT_GT(defects[0].confidence, defects[1].confidence);
    EXPECT_GT(defects[1].confidence, defects[2].confidence);
    EXPECT_GT(defects[2].confidence, 0.0);
    EXPECT_LE(defects[0].confidence, 1.0);
}

TEST(Defects, NothingAboveThresholdNothingFound) {
    const cv::Mat map(40, 40, CV_32F, cv::Scalar(0.99));
    EXPECT_TRUE(extractDefects(test::toImage(map), plainConfig()).empty());
    EXPECT_TRUE(extractDefects(Image(), plainConfig()).empty());
}

} // namespace
} // namespace lupa::vision
