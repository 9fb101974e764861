// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// The shower simulator: deterministic, physically sensible, and each distortion does what it says.
#include <lupa/core/calo/HighLevelFeatures.hpp>
#include <lupa/core/calo/ShowerSimulator.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

namespace lupa::calo {
namespace {

struct Means {
    double ratio = 0; ///< mean E_tot / E_inc
    double depth = 0; ///< mean energy-weighted layer index
    double width = 0; ///< mean radial width of the layer with most energy [mm]
    double empty = 0; ///< mean fraction of empty voxels
};

Means means(const ShowerSimulator& simulator, std::size_t showers) {
    const ShowerBlock block = simulator.simulate(0, showers);
    Means m;
    for (std::size_t i = 0; i < showers; ++i) {
        const auto f = computeShowerFeatures(simulator.binning(), block.shower(i)).value();
        m.ratio += f.totalEnergy / block.incidentEnergies[i];
        double weighted = 0;
        for (std::size_t l = 0; l < f.layerEnergy.size(); ++l)
            weighted += static_cast<double>(l) * f.layerEnergy[l];
        m.depth += weighted / f.totalEnergy;
        const auto peak =
            std::max_element(f.layerEnergy.begin(), f.layerEnergy.end()) - f.layerEnergy.begin();
        m.width += f.widthR[static_cast<std::size_t>(peak)];
        m.empty += std::accumulate(f.sparsity.begin(), f.sparsity.end(), 0.0) /
                   static_cast<double>(f.sparsity.size());
    }
    const auto n = static_cast<double>(showers);
    return {m.ratio / n, m.depth / n, m.width / n, m.empty / n};
}

TEST(caloSimulator, SameSeedSameShowersWhateverTheBlocks) {
    const ShowerSimulator simulator(Dataset::Two, 7);
    const ShowerBlock whole = simulator.simulate(0, 40);
    const ShowerBlock tail = simulator.simulate(25, 15);
    ASSERT_EQ(whole.voxels, 6480U);
    EXPECT_EQ(tail.incidentEnergies[0], whole.incidentEnergies[25]);
    EXPECT_TRUE(std::equal(tail.energies.begin(), tail.energies.end(), whole.energies.begin() + 25 * 6480));
    const ShowerBlock other = ShowerSimulator(Dataset::Two, 8).simulate(0, 40);
    EXPECT_NE(other.energies, whole.energies);
}

TEST(caloSimulator, IncidentEnergiesAsTheDatasetsDrawThem) {
    const ShowerBlock one = ShowerSimulator(Dataset::OnePhotons, 1).simulate(0, 200);
    for (const float e : one.incidentEnergies) {
        const double exponent = std::log2(e);
        EXPECT_NEAR(exponent, std::round(exponent), 1e-9);
        EXPECT_GE(exponent, 8);
        EXPECT_LE(exponent, 22);
    }
    const ShowerBlock two = ShowerSimulator(Dataset::Three, 1).simulate(0, 20);
    for (const float e : two.incidentEnergies) {
        EXPECT_GE(e, 1000.0F);
        EXPECT_LE(e, 1.0e6F);
    }
}

TEST(caloSimulator, ShowersDepositMostEnergyAndGrowDeeperWithEnergy) {
    const Means electrons = means(ShowerSimulator(Dataset::Two, 3), 200);
    EXPECT_GT(electrons.ratio, 0.8);
    EXPECT_LT(electrons.ratio, 1.1);
    const Means pions = means(ShowerSimulator(Dataset::OnePions, 3), 200);
    EXPECT_GT(pions.ratio, 0.4);
    EXPECT_LT(pions.ratio, electrons.ratio);
    for (const float e : ShowerSimulator(Dataset::OnePhotons, 3).simulate(0, 50).energies)
        EXPECT_GE(e, 0.0F);
}

TEST(caloSimulator, EachDistortionMovesItsFeature) {
    const Means nominal = means(ShowerSimulator(Dataset::Two, 5), 150);
    Distortion d;
    ASSERT_TRUE(applyDistortion("scale=0.1", d).ok());
    EXPECT_NEAR(means(ShowerSimulator(Dataset::Two, 5, d), 150).ratio / nominal.ratio, 1.1, 1e-5);
    d = {};
    ASSERT_TRUE(applyDistortion("shift=2", d).ok());
    EXPECT_GT(means(ShowerSimulator(Dataset::Two, 5, d), 150).depth, nominal.depth + 2.0);
    d = {};
    ASSERT_TRUE(applyDistortion("width=0.5", d).ok());
    EXPECT_GT(means(ShowerSimulator(Dataset::Two, 5, d), 150).width, nominal.width * 1.1)
        << "coarse radial bins and leakage damp the 50 %";
    d = {};
    ASSERT_TRUE(applyDistortion("threshold=1", d).ok());
    EXPECT_GT(means(ShowerSimulator(Dataset::Two, 5, d), 150).empty, nominal.empty);
    for (const float e : ShowerSimulator(Dataset::Two, 5, d).simulate(0, 20).energies)
        EXPECT_TRUE(e == 0.0F || e >= 1.0F);
}

TEST(caloSimulator, WithoutFluctuationsShowersOfOneEnergyAreAlike) {
    Distortion d;
    ASSERT_TRUE(applyDistortion("fluct=1", d).ok());
    const ShowerSimulator simulator(Dataset::OnePhotons, 9, d);
    const ShowerBlock block = simulator.simulate(0, 300);
    std::vector<double> ratios;
    for (std::size_t i = 0; i < block.showers(); ++i)
        if (block.incidentEnergies[i] == 65536.0F) {
            const auto f = computeShowerFeatures(simulator.binning(), block.shower(i)).value();
            ratios.push_back(f.totalEnergy / 65536.0);
        }
    ASSERT_GE(ratios.size(), 5U);
    const auto [low, high] = std::minmax_element(ratios.begin(), ratios.end());
    EXPECT_LT(*high - *low, 0.02) << "only the spot sampling is left";
}

TEST(caloSimulator, DistortionSettingsAreChecked) {
    Distortion d;
    EXPECT_FALSE(applyDistortion("shift", d).ok());
    EXPECT_FALSE(applyDistortion("tilt=1", d).ok());
    EXPECT_FALSE(applyDistortion("fluct=2", d).ok());
    EXPECT_FALSE(applyDistortion("threshold=-1", d).ok());
    EXPECT_FALSE(applyDistortion("scale=abc", d).ok());
    EXPECT_TRUE(applyDistortion("width=-0.3", d).ok());
    EXPECT_DOUBLE_EQ(d.lateralScale, -0.3);
}

TEST(caloSimulator, IncompleteGammaMatchesKnownValues) {
    EXPECT_NEAR(regularizedGammaP(1.0, 2.0), 1.0 - std::exp(-2.0), 1e-12);
    EXPECT_NEAR(regularizedGammaP(2.0, 1.0), 1.0 - 2.0 * std::exp(-1.0), 1e-12);
    EXPECT_NEAR(regularizedGammaP(0.5, 0.7), std::erf(std::sqrt(0.7)), 1e-12);
    EXPECT_NEAR(regularizedGammaP(5.0, 30.0), 1.0 - std::exp(-30.0) * (1 + 30 + 450 + 4500 + 33750), 1e-14);
    EXPECT_EQ(regularizedGammaP(3.0, 0.0), 0.0);
}

} // namespace
} // namespace lupa::calo
