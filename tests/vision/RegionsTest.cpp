// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "PipelineTestImages.hpp"

#include <lupa/vision/Inspector.hpp>
#include <lupa/vision/Regions.hpp>

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

namespace lupa::vision {
namespace {

using inspection::RegionKind;
using inspection::RegionOfInterest;

RegionOfInterest square(const char* name, RegionKind kind, double x, double y, double side,
                        double sensitivity) {
    return {name, kind, {{x, y}, {x + side, y}, {x + side, y + side}, {x, y + side}}, sensitivity};
}

TEST(Regions, WeightTheMapBySensitivityAndZeroIgnoredAreas) {
    const cv::Mat ones(100, 100, CV_32F, cv::Scalar(1.0));
    const std::vector<RegionOfInterest> regions{square("pads", RegionKind::WireBondPads, 10, 10, 40, 2.0),
                                                square("label", RegionKind::Ignore, 30, 30, 40, 5.0)};
    const cv::Mat weighted = test::toMat(applyRegions(test::toImage(ones), regions));
    EXPECT_FLOAT_EQ(weighted.at<float>(20, 20), 2.0F); // pads only
    EXPECT_FLOAT_EQ(weighted.at<float>(40, 40), 0.0F); // the label lies on top of the pads
    EXPECT_FLOAT_EQ(weighted.at<float>(90, 90), 1.0F); // outside every region
    EXPECT_FLOAT_EQ(test::toMat(applyRegions(test::toImage(ones), {})).at<float>(40, 40), 1.0F);
}

TEST(Regions, NameDetectionsByTheRegionOfTheirCentre) {
    std::vector<inspection::Detection> detections(2);
    detections[0].box = {15, 15, 25, 25};
    detections[1].box = {80, 80, 90, 90};
    nameDetectionRegions(detections, {square("pads", RegionKind::WireBondPads, 10, 10, 40, 1.0)});
    EXPECT_EQ(detections[0].region, "pads");
    EXPECT_EQ(detections[1].region, "");
}

// A board with two blobs of spurious copper: one under an "ignore" region, one under a sensitive one.
TEST(Regions, AnIgnoredDefectIsNotReportedAndTheOtherIsNamed) {
    const cv::Mat reference = test::syntheticBoard(320, 320, 7);
    cv::Mat tested = reference.clone();
    cv::circle(tested, {80, 80}, 7, cv::Scalar(230), cv::FILLED, cv::LINE_AA);
    cv::circle(tested, {240, 240}, 7, cv::Scalar(230), cv::FILLED, cv::LINE_AA);
    InspectionConfig config;
    const auto plain = inspectAgainstReference(test::toImage(tested), test::toImage(reference), config);
    ASSERT_TRUE(plain.ok()) << plain.error().describe();
    ASSERT_EQ(plain->detections.size(), 2U);

    config.regions = {square("fiducial", RegionKind::Ignore, 50, 50, 60, 1.0),
                      square("connector", RegionKind::Connector, 200, 200, 80, 1.5)};
    const auto weighted = inspectAgainstReference(test::toImage(tested), test::toImage(reference), config);
    ASSERT_TRUE(weighted.ok()) << weighted.error().describe();
    ASSERT_EQ(weighted->detections.size(), 1U);
    EXPECT_EQ(weighted->detections[0].region, "connector");
    const auto& box = weighted->detections[0].box;
    EXPECT_TRUE(box.x1 <= 240 && 240 <= box.x2 && box.y1 <= 240 && 240 <= box.y2);
    for (const auto& detection : plain->detections) {
        if (detection.box.x1 <= 240 && 240 <= detection.box.x2) { // the same defect, weighted 1.5
            EXPECT_NEAR(weighted->detections[0].peakScore, 1.5 * detection.peakScore, 1e-3);
        }
    }
}

} // namespace
} // namespace lupa::vision
