// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/Units.hpp>

#include <gtest/gtest.h>

namespace lupa {
namespace {

TEST(Units, ConvertLengthsEnergiesAndTimes) {
    EXPECT_DOUBLE_EQ(30 * units::cm / units::m, 0.3);
    EXPECT_DOUBLE_EQ(250 * units::MeV, 0.25 * units::GeV);
    EXPECT_DOUBLE_EQ(1 * units::us, 1000 * units::ns);
    EXPECT_DOUBLE_EQ(180 * units::degree, 3.141592653589793);
}

TEST(Units, HelixRadiusFromMomentumAndField) {
    // R = pT / (|q| B): 1 GeV in 2 T bends with R = 1.6678 m.
    const double radius = 1 * units::GeV / (1 * units::e * 2 * units::T);
    EXPECT_NEAR(radius / units::m, 1.6678, 1e-4);
}

} // namespace
} // namespace lupa
