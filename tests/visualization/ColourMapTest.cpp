// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/visualization/ColourMap.hpp>

#include <gtest/gtest.h>

#include <limits>

namespace lupa::visualization {
namespace {

TEST(ColourMap, RainbowRunsFromBlueThroughGreenToRed) {
    const Rgb low = colourAt(ColourMap::Rainbow, 0.0);
    const Rgb mid = colourAt(ColourMap::Rainbow, 0.5);
    const Rgb high = colourAt(ColourMap::Rainbow, 1.0);
    EXPECT_DOUBLE_EQ(low.b, 1.0);
    EXPECT_DOUBLE_EQ(low.r, 0.0);
    EXPECT_DOUBLE_EQ(mid.g, 1.0);
    EXPECT_DOUBLE_EQ(high.r, 1.0);
    EXPECT_DOUBLE_EQ(high.b, 0.0);
}

TEST(ColourMap, ViridisEndsMatchMatplotlib) {
    const Rgb low = colourAt(ColourMap::Viridis, 0.0);
    const Rgb high = colourAt(ColourMap::Viridis, 1.0);
    EXPECT_NEAR(low.r, 0.267, 1e-3);
    EXPECT_NEAR(low.b, 0.329, 1e-3);
    EXPECT_NEAR(high.r, 0.993, 1e-3);
    EXPECT_NEAR(high.g, 0.906, 1e-3);
}

TEST(ColourMap, ClampsOutOfRangeAndNotANumber) {
    EXPECT_DOUBLE_EQ(colourAt(ColourMap::Greys, -3.0).r, 0.0);
    EXPECT_DOUBLE_EQ(colourAt(ColourMap::Greys, 7.0).g, 1.0);
    EXPECT_DOUBLE_EQ(colourAt(ColourMap::Greys, std::numeric_limits<double>::quiet_NaN()).b, 0.0);
}

TEST(ColourMap, GreysIsMonotonic) {
    double previous = -1.0;
    for (int i = 0; i <= 10; ++i) {
        const double value = colourAt(ColourMap::Greys, i / 10.0).r;
        EXPECT_GT(value, previous);
        previous = value;
    }
}

TEST(ColourMap, Names) {
    EXPECT_STREQ(toString(ColourMap::Viridis), "viridis");
    EXPECT_STREQ(toString(ColourMap::Greys), "greys");
}

} // namespace
} // namespace lupa::visualization
