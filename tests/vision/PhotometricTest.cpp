// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "PipelineTestImages.hpp"

#include <lupa/vision/Photometric.hpp>

#include <gtest/gtest.h>

namespace lupa::vision {
namespace {

TEST(Photometric, HistogramMatchUndoesAGainAndOffset) {
    const cv::Mat reference = test::syntheticBoard(256, 256, 21);
    cv::Mat darker;
    reference.convertTo(darker, CV_8U, 0.6, 10.0);
    const cv::Mat matched = test::toMat(normalisePhotometry(test::toImage(darker), test::toImage(reference),
                                                            PhotometricMethod::HistogramMatch));
    cv::Mat difference;
    cv::absdiff(matched, reference, difference);
    EXPECT_LT(cv::mean(difference)[0], 2.0);
    EXPECT_GT(cv::mean(cv::abs(darker - reference))[0], 10.0) << "the test needs a real brightness change";
}

TEST(Photometric, NoneKeepsTheGreyLevels) {
    const cv::Mat image = test::syntheticBoard(128, 96, 2);
    const Image out = normalisePhotometry(test::toImage(image), Image(), PhotometricMethod::None);
    EXPECT_EQ(cv::norm(test::toMat(out), image, cv::NORM_INF), 0.0);
}

TEST(Photometric, ClaheSpreadsALowContrastImage) {
    cv::Mat flat;
    test::syntheticBoard(256, 256, 4).convertTo(flat, CV_8U, 0.1, 100.0);
    const cv::Mat out =
        test::toMat(normalisePhotometry(test::toImage(flat), Image(), PhotometricMethod::Clahe));
    double low = 0.0;
    double high = 0.0;
    cv::minMaxLoc(out, &low, &high);
    EXPECT_EQ(out.type(), CV_8UC1);
    EXPECT_GT(high - low, 40.0);
}

TEST(Photometric, SixteenBitAndColourComeOutAsEightBitGrey) {
    cv::Mat wide;
    test::syntheticBoard(64, 64, 8).convertTo(wide, CV_16U, 257.0);
    const Image out = normalisePhotometry(test::toImage(wide), Image(), PhotometricMethod::None);
    EXPECT_EQ(out.depth(), PixelDepth::U8);
    EXPECT_EQ(out.channels(), 1);
    cv::Mat colour;
    cv::merge(std::vector<cv::Mat>(3, test::syntheticBoard(64, 64, 8)), colour);
    EXPECT_EQ(normalisePhotometry(test::toImage(colour), Image(), PhotometricMethod::Clahe).channels(), 1);
}

} // namespace
} // namespace lupa::vision
