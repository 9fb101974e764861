// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// ap_fixed<W,I> rounding and overflow as the HLS libraries define them.
#include <lupa/core/ml/FixedPoint.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace lupa::test {
namespace {

TEST(anomalyFixedPoint, RangeAndStepFollowTheWidths) {
    const ml::FixedPointFormat f{16, 6};
    EXPECT_DOUBLE_EQ(f.step(), 1.0 / 1024);
    EXPECT_DOUBLE_EQ(f.maxValue(), 32.0 - 1.0 / 1024);
    EXPECT_DOUBLE_EQ(f.minValue(), -32.0);
    EXPECT_TRUE(f.overflows(32.0));
    EXPECT_FALSE(f.overflows(-32.0));
}

TEST(anomalyFixedPoint, TruncatesTowardsMinusInfinityOrRoundsToNearest) {
    ml::FixedPointFormat f{8, 4}; // step 1/16
    EXPECT_DOUBLE_EQ(f.quantise(0.1), 1.0 / 16);
    EXPECT_DOUBLE_EQ(f.quantise(-0.1), -2.0 / 16);
    f.rounding = ml::FixedRounding::Nearest;
    EXPECT_DOUBLE_EQ(f.quantise(0.1), 2.0 / 16);
    EXPECT_DOUBLE_EQ(f.quantise(-0.1), -2.0 / 16);
    EXPECT_DOUBLE_EQ(f.quantise(1.0 / 32), 1.0 / 16); // half a step goes up
}

TEST(anomalyFixedPoint, WrapsOrSaturatesBeyondTheRange) {
    ml::FixedPointFormat f{8, 4}; // [-8, 7.9375]
    EXPECT_DOUBLE_EQ(f.quantise(8.0), -8.0);
    EXPECT_DOUBLE_EQ(f.quantise(9.5), -6.5);
    EXPECT_DOUBLE_EQ(f.quantise(-9.0), 7.0);
    f.overflow = ml::FixedOverflow::Saturate;
    EXPECT_DOUBLE_EQ(f.quantise(9.5), 7.9375);
    EXPECT_DOUBLE_EQ(f.quantise(-1e30), -8.0);
    EXPECT_DOUBLE_EQ(f.quantise(std::numeric_limits<double>::infinity()), 7.9375);
    EXPECT_DOUBLE_EQ(f.quantise(std::nan("")), 0.0);
}

TEST(anomalyFixedPoint, ParsesAndPrintsFormats) {
    const auto plain = ml::FixedPointFormat::parse("16,6").value();
    EXPECT_EQ(plain, (ml::FixedPointFormat{16, 6}));
    EXPECT_EQ(plain.toString(), "ap_fixed<16,6>");
    const auto modes = ml::FixedPointFormat::parse("ap_fixed<12, 4, AP_RND, AP_SAT>").value();
    EXPECT_EQ(modes.rounding, ml::FixedRounding::Nearest);
    EXPECT_EQ(modes.overflow, ml::FixedOverflow::Saturate);
    EXPECT_EQ(modes.toString(), "ap_fixed<12,4,AP_RND,AP_SAT>");
    EXPECT_EQ(ml::FixedPointFormat::parse(modes.toString()).value(), modes);
    EXPECT_EQ(ml::FixedPointFormat::parse("8,3,sat").value().toString(), "ap_fixed<8,3,AP_TRN,AP_SAT>");
    for (const char* bad : {"", "16", "16,x", "1,1", "41,6", "16,0", "16,17", "16,6,fast"})
        EXPECT_FALSE(ml::FixedPointFormat::parse(bad).ok()) << bad;
}

} // namespace
} // namespace lupa::test
