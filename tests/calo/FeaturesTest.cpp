// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// High-level features on a shower computed by hand, and the separation power.
#include <lupa/core/calo/HighLevelFeatures.hpp>
#include <lupa/core/calo/SeparationPower.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <random>

namespace lupa::calo {
namespace {

// Layer 0: radial bins [0, 2) and [2, 6) mm (centres 1 and 4), 4 angular bins (centres -3pi/4,
// -pi/4, pi/4, 3pi/4); layer 1: one voxel [0, 10) mm (centre 5, alpha 0).
Binning tinyBinning() {
    return std::move(Binning::make({{0, {0, 2, 6}, 4}, {1, {0, 10}, 1}}, 11, "electron")).value();
}

TEST(caloFeatures, MatchAHandComputedShower) {
    const Binning binning = tinyBinning();
    std::vector<float> shower(9, 0.0F);
    shower[2 * 2 + 0] = 1.0F; // angular bin 2 (pi/4), r = 1 mm
    shower[2 * 2 + 1] = 3.0F; // angular bin 2, r = 4 mm
    shower[8] = 2.0F;         // layer 1
    const auto features = computeShowerFeatures(binning, shower);
    ASSERT_TRUE(features.ok()) << features.error().describe();
    EXPECT_DOUBLE_EQ(features->totalEnergy, 6.0);
    EXPECT_EQ(features->layerEnergy, (std::vector<double>{4.0, 2.0}));
    EXPECT_EQ(features->sparsity, (std::vector<double>{0.75, 0.0}));
    EXPECT_NEAR(features->centreR[0], 13.0 / 4.0, 1e-12);
    EXPECT_NEAR(features->widthR[0], std::sqrt(49.0 / 4.0 - 169.0 / 16.0), 1e-12);
    EXPECT_NEAR(features->centreR[1], 5.0, 1e-12);
    EXPECT_NEAR(features->widthR[1], 0.0, 1e-6);
    const double c = std::cos(std::numbers::pi / 4);
    ASSERT_EQ(features->centreEta.size(), 1U) << "only layer 0 is binned in angle";
    EXPECT_NEAR(features->centreEta[0], c * 13.0 / 4.0, 1e-12);
    EXPECT_NEAR(features->centrePhi[0], c * 13.0 / 4.0, 1e-12);
    EXPECT_NEAR(features->widthEta[0], c * std::sqrt(49.0 / 4.0 - 169.0 / 16.0), 1e-9);
}

TEST(caloFeatures, EmptyLayersGiveZeroesAsTheReference) {
    const auto features = computeShowerFeatures(tinyBinning(), std::vector<float>(9, 0.0F));
    ASSERT_TRUE(features.ok());
    EXPECT_EQ(features->centreR[0], 0.0);
    EXPECT_EQ(features->widthEta[0], 0.0);
    EXPECT_EQ(features->sparsity[0], 1.0);
    EXPECT_FALSE(computeShowerFeatures(tinyBinning(), std::vector<float>(8, 0.0F)).ok());
}

TEST(caloSeparationPower, IsZeroForEqualShapesAndOneForDisjointOnes) {
    const std::vector<double> a{1, 2, 3};
    const std::vector<double> scaled{10, 20, 30};
    EXPECT_NEAR(*separationPower(a, scaled), 0.0, 1e-12);
    EXPECT_NEAR(*separationPower(std::vector<double>{1, 0}, std::vector<double>{0, 5}), 1.0, 1e-12);
    // p1 = (1/2, 1/2), p2 = (1/4, 3/4): ½ (0.0625 / 0.75 + 0.0625 / 1.25).
    EXPECT_NEAR(*separationPower(std::vector<double>{1, 1}, std::vector<double>{1, 3}),
                0.5 * (0.0625 / 0.75 + 0.0625 / 1.25), 1e-12);
    EXPECT_FALSE(separationPower(std::vector<double>{1, 1}, std::vector<double>{1}).ok());
    EXPECT_FALSE(separationPower(std::vector<double>{0, 0}, std::vector<double>{1, 1}).ok());
}

TEST(caloSeparationPower, GrowsWithTheDistortion) {
    std::mt19937_64 random(7);
    std::normal_distribution<double> normal;
    auto histogram = [&](double shift) {
        std::vector<double> counts(40, 0.0);
        for (int i = 0; i < 20000; ++i) {
            const int bin = static_cast<int>(std::floor((normal(random) + shift + 4.0) * 5.0));
            if (bin >= 0 && bin < 40)
                counts[static_cast<std::size_t>(bin)] += 1;
        }
        return counts;
    };
    const auto reference = histogram(0.0);
    double previous = *separationPower(reference, histogram(0.0));
    for (const double shift : {0.1, 0.3, 0.6, 1.0}) {
        const double power = *separationPower(reference, histogram(shift));
        EXPECT_GT(power, previous) << "shift " << shift;
        previous = power;
    }
}

} // namespace
} // namespace lupa::calo
