// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// The anomaly map computed tile by tile and the defects labelled band by band give what a whole-image
// computation gives, so 100-megapixel images can be inspected in bounded memory.
#include "PipelineTestImages.hpp"
#include "PixelGroups.hpp"

#include <lupa/vision/Inspector.hpp>

#include <gtest/gtest.h>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace lupa::vision {
namespace {

constexpr int kBoardWidth = 700;
constexpr int kBoardHeight = 520;
constexpr int kWholeImageTilePx = 1 << 14;

/// A board with spurious copper blobs and a scratch, some of them across tile edges of 64-px tiles.
cv::Mat defectiveCopy(const cv::Mat& reference) {
    cv::Mat tested = reference.clone();
    for (const cv::Point centre : {cv::Point(64, 64), cv::Point(300, 170), cv::Point(511, 383)})
        cv::circle(tested, centre, 7, cv::Scalar(230), cv::FILLED, cv::LINE_AA);
    cv::line(tested, {100, 450}, {260, 420}, cv::Scalar(10), 2, cv::LINE_AA);
    return tested;
}

InspectionResult inspectWithTiles(const cv::Mat& tested, const cv::Mat& reference, InspectionConfig config,
                                  int tileSidePx) {
    config.tileSidePx = tileSidePx;
    auto result = inspectAgainstReference(test::toImage(tested), test::toImage(reference), config);
    EXPECT_TRUE(result.ok()) << result.error().describe();
    return result.ok() ? std::move(*result) : InspectionResult{};
}

double largestDifference(const Image& a, const Image& b) {
    return cv::norm(test::toMat(a), test::toMat(b), cv::NORM_INF);
}

void expectSameDetections(const std::vector<inspection::Detection>& tiled,
                          const std::vector<inspection::Detection>& whole, double minIoU) {
    ASSERT_EQ(tiled.size(), whole.size());
    for (std::size_t i = 0; i < whole.size(); ++i) {
        EXPECT_GE(inspection::intersectionOverUnion(tiled[i].box, whole[i].box), minIoU) << "defect " << i;
        EXPECT_NEAR(tiled[i].areaPx, whole[i].areaPx, 0.05 * whole[i].areaPx + 2) << "defect " << i;
    }
}

TEST(TiledInspection, AlignedPairGivesExactlyTheWholeImageMapAndDefects) {
    const cv::Mat reference = test::syntheticBoard(kBoardWidth, kBoardHeight, 71);
    const cv::Mat tested = defectiveCopy(reference);
    InspectionConfig config;
    config.threshold = 0.2;
    config.regions = {{"pads", inspection::RegionKind::WireBondPads, {{40, 40}, {400, 60}, {380, 300}}, 2.0}};

    const auto whole = inspectWithTiles(tested, reference, config, kWholeImageTilePx);
    const auto tiled = inspectWithTiles(tested, reference, config, 64);

    EXPECT_EQ(largestDifference(tiled.anomalyMap, whole.anomalyMap), 0.0);
    ASSERT_GE(whole.detections.size(), 3U);
    expectSameDetections(tiled.detections, whole.detections, 1.0);
}

TEST(TiledInspection, RotatedPhotoWithHistogramMatchingGivesTheWholeImageResult) {
    const cv::Mat reference = test::syntheticBoard(kBoardWidth, kBoardHeight, 72);
    const cv::Matx33d referenceToTested = test::rotationAboutCentre(kBoardWidth, kBoardHeight, 7.0, 1.02);
    cv::Mat tested = test::warped(defectiveCopy(reference), referenceToTested);
    tested.convertTo(tested, CV_8U, 0.8, 20.0); // another exposure
    InspectionConfig config;
    config.threshold = 0.2;
    config.photometric = PhotometricMethod::HistogramMatch;

    const auto whole = inspectWithTiles(tested, reference, config, kWholeImageTilePx);
    const auto tiled = inspectWithTiles(tested, reference, config, 100);

    ASSERT_TRUE(whole.registration.ok) << whole.registration.failureReason;
    // Tiles resample with translated homographies: the same sub-pixel positions up to rounding.
    const cv::Mat difference = cv::abs(test::toMat(tiled.anomalyMap) - test::toMat(whole.anomalyMap));
    EXPECT_LT(cv::mean(difference)[0], 1e-3);
    ASSERT_FALSE(whole.detections.empty());
    expectSameDetections(tiled.detections, whole.detections, 0.9);
}

TEST(TiledInspection, TileSideDoesNotChangeTheVerdictOfAGoodBoard) {
    const cv::Mat reference = test::syntheticBoard(kBoardWidth, kBoardHeight, 73);
    for (const int side : {64, 256, kWholeImageTilePx}) {
        const auto result = inspectWithTiles(reference, reference, {}, side);
        EXPECT_TRUE(result.detections.empty()) << "tile side " << side;
        EXPECT_EQ(result.verdict.verdict, Verdict::Pass) << "tile side " << side;
    }
}

/// Groups as one whole-image labelling finds them (dilation, 8-connected components), for comparison.
std::vector<int> wholeImageGroupSizes(const cv::Mat& map, double mergeDistancePx) {
    const int reach = static_cast<int>(std::ceil(mergeDistancePx / 2.0));
    const cv::Mat above = map > 1.0;
    cv::Mat grown;
    cv::dilate(above, grown, cv::getStructuringElement(cv::MORPH_ELLIPSE, {2 * reach + 1, 2 * reach + 1}));
    cv::Mat labels;
    const int count = cv::connectedComponents(grown, labels, 8, CV_32S);
    std::vector<int> counts(static_cast<std::size_t>(count), 0);
    for (int y = 0; y < map.rows; ++y)
        for (int x = 0; x < map.cols; ++x)
            if (above.at<std::uint8_t>(y, x) != 0)
                ++counts[static_cast<std::size_t>(labels.at<int>(y, x))];
    std::vector<int> sizes; // label 0 is the background
    std::copy_if(counts.begin() + 1, counts.end(), std::back_inserter(sizes), [](int n) { return n > 0; });
    std::sort(sizes.begin(), sizes.end());
    return sizes;
}

TEST(PixelGroups, BandsJoinIntoTheGroupsOfAWholeImageLabelling) {
    cv::Mat map(301, 257, CV_32F);
    cv::RNG(5).fill(map, cv::RNG::UNIFORM, 0.0, 1.0);
    cv::Mat sparse;
    cv::threshold(map, sparse, 0.985, 2.0, cv::THRESH_BINARY); // about 1.5 % of the pixels above 1
    cv::line(sparse, {3, 2}, {250, 298}, cv::Scalar(3.0));     // one diagonal group through every band
    for (const double merge : {0.0, 3.0, 6.0}) {
        const auto expected = wholeImageGroupSizes(sparse, merge);
        for (const int band : {1, 2, 7, 64, 1000}) {
            std::vector<int> sizes;
            for (const auto& group : groupPixelsAbove(sparse, merge, band))
                sizes.push_back(group.count);
            std::sort(sizes.begin(), sizes.end());
            EXPECT_EQ(sizes, expected) << "merge " << merge << " px, bands of " << band << " rows";
        }
    }
}

TEST(PixelGroups, AGroupAcrossBandsHasItsWholeBoxAndStatistics) {
    cv::Mat map = cv::Mat::zeros(40, 30, CV_32F);
    map(cv::Rect(5, 3, 4, 30)).setTo(2.0);
    map.at<float>(20, 6) = 5.0;
    const auto groups = groupPixelsAbove(map, 0.0, 8);
    ASSERT_EQ(groups.size(), 1U);
    EXPECT_EQ(groups[0].count, 120);
    EXPECT_EQ(groups[0].x1, 5);
    EXPECT_EQ(groups[0].y1, 3);
    EXPECT_EQ(groups[0].x2, 8);
    EXPECT_EQ(groups[0].y2, 32);
    EXPECT_DOUBLE_EQ(groups[0].peak, 5.0);
    EXPECT_DOUBLE_EQ(groups[0].sum, 119 * 2.0 + 5.0);
}

} // namespace
} // namespace lupa::vision
