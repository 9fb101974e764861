// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "PipelineTestImages.hpp"

#include <lupa/vision/Inspector.hpp>

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace lupa::vision {
namespace {

constexpr int kInspectorBoardSide = 480;

/// A board with a patch of bare substrate where the defect will go.
cv::Mat referenceBoard(std::uint64_t seed) {
    cv::Mat board = test::syntheticBoard(kInspectorBoardSide, kInspectorBoardSide, seed);
    board(cv::Rect(280, 150, 40, 40)).setTo(cv::Scalar(30));
    return board;
}

/// The reference with a blob of spurious copper; `truth` receives its box as a DeepPCB annotator draws it.
cv::Mat withSpuriousCopper(const cv::Mat& reference, inspection::Box& truth) {
    cv::Mat tested = reference.clone();
    cv::circle(tested, {300, 170}, 8, cv::Scalar(220), cv::FILLED, cv::LINE_AA);
    truth = {285, 155, 315, 185}; // 30 px, like DeepPCB's annotation boxes
    return tested;
}

double bestIoU(const std::vector<inspection::Detection>& detections, const inspection::Box& truth) {
    double best = 0.0;
    for (const auto& detection : detections) {
        best = std::max(best, inspection::intersectionOverUnion(detection.box, truth));
    }
    return best;
}

TEST(Inspector, FindsAnInjectedDefectInAnAlignedPair) {
    const cv::Mat reference = referenceBoard(41);
    inspection::Box truth;
    const cv::Mat tested = withSpuriousCopper(reference, truth);

    const auto result = inspectAgainstReference(test::toImage(tested), test::toImage(reference), {});

    ASSERT_TRUE(result.ok()) << result.error().describe();
    EXPECT_TRUE(result->registration.ok);
    ASSERT_EQ(result->detections.size(), 1U);
    EXPECT_GE(bestIoU(result->detections, truth), 0.5);
    EXPECT_EQ(result->verdict.verdict, Verdict::Fail);
    EXPECT_EQ(result->anomalyMap.width(), kInspectorBoardSide);
    EXPECT_EQ(result->anomalyMap.depth(), PixelDepth::F32);
}

TEST(Inspector, FindsTheDefectInARotatedPhotoWithBoxesInTestedCoordinates) {
    const cv::Mat reference = referenceBoard(42);
    inspection::Box truthInReference;
    const cv::Mat defective = withSpuriousCopper(reference, truthInReference);
    const cv::Matx33d referenceToTested =
        test::rotationAboutCentre(kInspectorBoardSide, kInspectorBoardSide, 20.0, 1.03);
    const cv::Mat tested = test::warped(defective, referenceToTested);
    const cv::Vec3d centre = referenceToTested * cv::Vec3d(300, 170, 1);
    const int cx = static_cast<int>(centre[0]);
    const int cy = static_cast<int>(centre[1]);
    const inspection::Box truth{cx - 15, cy - 15, cx + 15, cy + 15};

    const auto result = inspectAgainstReference(test::toImage(tested), test::toImage(reference), {});

    ASSERT_TRUE(result.ok()) << result.error().describe();
    EXPECT_TRUE(result->registration.ok) << result->registration.failureReason;
    ASSERT_FALSE(result->detections.empty());
    EXPECT_GE(inspection::intersectionOverUnion(result->detections[0].box, truth), 0.5);
    EXPECT_EQ(result->verdict.verdict, Verdict::Fail);
}

TEST(Inspector, DefectFreeShiftedCopyPasses) {
    const cv::Mat reference = referenceBoard(43);
    const cv::Mat tested = test::warped(reference, cv::Matx33d(1, 0, 0.4, 0, 1, -0.3, 0, 0, 1));
    const auto result = inspectAgainstReference(test::toImage(tested), test::toImage(reference), {});
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result->detections.empty());
    EXPECT_EQ(result->verdict.verdict, Verdict::Pass);
}

TEST(Inspector, SixteenBitAndColourInputsWork) {
    const cv::Mat reference = referenceBoard(44);
    inspection::Box truth;
    const cv::Mat tested = withSpuriousCopper(reference, truth);
    cv::Mat wide;
    tested.convertTo(wide, CV_16U, 257.0);
    cv::Mat colour;
    cv::cvtColor(reference, colour, cv::COLOR_GRAY2BGR);
    const auto result = inspectAgainstReference(test::toImage(wide), test::toImage(colour), {});
    ASSERT_TRUE(result.ok()) << result.error().describe();
    EXPECT_GE(bestIoU(result->detections, truth), 0.5);
}

TEST(Inspector, UnrelatedImageNeedsReview) {
    cv::Mat noise(kInspectorBoardSide, kInspectorBoardSide, CV_8U);
    cv::RNG(3).fill(noise, cv::RNG::UNIFORM, 0, 256);
    const auto result = inspectAgainstReference(test::toImage(noise), test::toImage(referenceBoard(45)), {});
    ASSERT_TRUE(result.ok());
    EXPECT_FALSE(result->registration.ok);
    EXPECT_EQ(result->verdict.verdict, Verdict::Review);
}

TEST(Inspector, VeryDifferentSizesAreBadInput) {
    const Image reference = test::toImage(referenceBoard(46));
    for (const auto& size : {cv::Size(kInspectorBoardSide, kInspectorBoardSide / 3),
                             cv::Size(kInspectorBoardSide * 2, kInspectorBoardSide * 2), cv::Size(0, 0)}) {
        const Image tested = size.area() == 0 ? Image() : test::toImage(cv::Mat(size, CV_8U, cv::Scalar(0)));
        const auto result = inspectAgainstReference(tested, reference, {});
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().kind, ErrorKind::BadInput);
        EXPECT_FALSE(result.error().message.empty());
    }
}

} // namespace
} // namespace lupa::vision
