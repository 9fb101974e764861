// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Histograms fill as numpy.histogram does; the evaluation's binnings.
#include <lupa/core/calo/Histogram.hpp>
#include <lupa/core/calo/Validation.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>

namespace lupa::calo {
namespace {

TEST(caloHistogram, FillsAsNumpyDoes) {
    Histogram h(linearEdges(0.0, 3.0, 4)); // [0,1) [1,2) [2,3]
    const std::vector<double> values{0.0, 0.5, 1.0, 2.999, 3.0, 3.0001, -0.1, std::nan("")};
    h.fill(values);
    EXPECT_EQ(h.counts, (std::vector<double>{2, 1, 2})) << "left-closed bins, the last edge in the last bin";
    EXPECT_EQ(h.outside, 3.0);
    EXPECT_EQ(h.inRange(), 5.0);
    const auto density = h.density();
    EXPECT_DOUBLE_EQ(density[0], 2.0 / 5.0);
    EXPECT_DOUBLE_EQ(h.densityError()[1], 1.0 / 5.0);
}

TEST(caloHistogram, EdgesAsLinspaceAndLogspace) {
    const auto linear = linearEdges(0.5, 1.5, 101);
    ASSERT_EQ(linear.size(), 101U);
    EXPECT_DOUBLE_EQ(linear[50], 1.0);
    EXPECT_DOUBLE_EQ(linear.back(), 1.5);
    const auto log = logEdges(10.0, 1.0e4, 4);
    ASSERT_EQ(log.size(), 4U);
    EXPECT_NEAR(log[1], 100.0, 1e-9);
    EXPECT_NEAR(log[3], 1.0e4, 1e-9);
}

TEST(caloHistogram, AddsHistogramsOfTheSameBins) {
    Histogram a(linearEdges(0, 2, 3)), b(linearEdges(0, 2, 3));
    a.fill(0.5);
    b.fill(1.5);
    b.fill(7.0);
    a.add(b);
    EXPECT_EQ(a.counts, (std::vector<double>{1, 1}));
    EXPECT_EQ(a.outside, 1.0);
}

TEST(caloFeatureEdges, FollowTheEvaluationScript) {
    const FeatureColumn ratio{FeatureKind::EtotOverEinc, -1, "Etot_Einc", ""};
    EXPECT_EQ(featureEdges(ratio, Dataset::Two, 0, 0), linearEdges(0.5, 1.5, 101));
    const FeatureColumn energy{FeatureKind::LayerEnergy, 3, "E_layer_3", ""};
    const auto energyEdges = featureEdges(energy, Dataset::OnePhotons, 5000, 0);
    ASSERT_EQ(energyEdges.size(), 40U);
    EXPECT_DOUBLE_EQ(energyEdges.front(), 10.0);
    EXPECT_NEAR(energyEdges.back(), 5000, 1e-9);
    EXPECT_NEAR(featureEdges(energy, Dataset::Two, 5000, 0).front(), 0.5e-3 / 0.033, 1e-12);
    const FeatureColumn eta12{FeatureKind::CentreEta, 12, "ECEta_layer_12", ""};
    EXPECT_EQ(featureEdges(eta12, Dataset::OnePions, 0, 0), linearEdges(-500, 500, 101));
    EXPECT_EQ(featureEdges(eta12, Dataset::Three, 0, 0), linearEdges(-30, 30, 101));
    const FeatureColumn width1{FeatureKind::WidthPhi, 1, "WidthPhi_layer_1", ""};
    EXPECT_EQ(featureEdges(width1, Dataset::OnePhotons, 0, 0), linearEdges(0, 100, 101));
    const FeatureColumn width13{FeatureKind::WidthEta, 13, "WidthEta_layer_13", ""};
    EXPECT_EQ(featureEdges(width13, Dataset::OnePions, 0, 0), linearEdges(0, 400, 101));
}

TEST(caloFloatBinner, FillsExactlyAsTheHistogram) {
    const auto edges = logEdges(0.5e-3 / 0.033, 7345.6, 50);
    std::vector<float> values{0.0F,    -1.0F, std::nanf(""), std::numeric_limits<float>::infinity(),
                              7345.6F, 1e9F};
    for (const double e : edges) { // every edge and its float neighbours
        const auto f = static_cast<float>(e);
        values.insert(values.end(), {f, std::nextafter(f, 0.0F), std::nextafter(f, 1e30F)});
    }
    std::mt19937 engine(4);
    std::lognormal_distribution<float> energy(0.0F, 3.0F);
    for (int i = 0; i < 100000; ++i)
        values.push_back(energy(engine));
    Histogram slow(edges), fast(edges);
    slow.fill(std::span<const float>(values));
    FloatBinner(edges).fill(values, fast);
    EXPECT_EQ(fast.counts, slow.counts);
    EXPECT_EQ(fast.outside, slow.outside);
    Histogram narrow(linearEdges(1.0, 1.001, 11)), narrowFast(linearEdges(1.0, 1.001, 11));
    narrow.fill(std::span<const float>(values));
    FloatBinner(narrow.edges).fill(values, narrowFast);
    EXPECT_EQ(narrowFast.counts, narrow.counts) << "several edges in one cell go the slow way";
}

} // namespace
} // namespace lupa::calo
