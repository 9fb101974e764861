// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// One-dimensional distances between samples (W1, KS) and the chi-square test of two histograms, checked
// against values computed by hand.
#include <lupa/core/calo/Distances.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

namespace lupa::calo {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

TEST(caloWasserstein1, OfShiftedCopiesIsTheShift) {
    const std::vector<double> a{0.3, -1.2, 4.0, 2.5, 2.5, 0.0, 7.1};
    std::vector<double> shifted;
    for (const double x : a)
        shifted.push_back(x + 1.75);
    const auto w = wasserstein1(a, shifted);
    ASSERT_TRUE(w.ok()) << w.error().describe();
    EXPECT_NEAR(*w, 1.75, 1e-12);
    EXPECT_NEAR(*wasserstein1(shifted, a), 1.75, 1e-12) << "symmetric";
    EXPECT_EQ(*wasserstein1(a, a), 0.0);
}

TEST(caloWasserstein1, MatchesHandComputedSmallSamples) {
    // F_a = 1/3, 2/3, 2/3 and F_b = 0, 1/2, 1 on [0,1), [1,2), [2,3): 1/3 + 1/6 + 1/3.
    EXPECT_NEAR(*wasserstein1(std::vector<double>{3, 0, 1}, std::vector<double>{2, 1}), 5.0 / 6.0, 1e-12);
    // Order statistics paired: |1-3| + |2-4| + |3-5| + |4-6|, over 4.
    EXPECT_NEAR(*wasserstein1(std::vector<double>{4, 2, 3, 1}, std::vector<double>{3, 4, 5, 6}), 2.0, 1e-12);
    // Single values: the distance between them.
    EXPECT_NEAR(*wasserstein1(std::vector<double>{-2}, std::vector<double>{0.5}), 2.5, 1e-12);
    // Ties: a = {0, 0, 1}, b = {0, 1, 1}: |2/3 - 1/3| on [0, 1).
    EXPECT_NEAR(*wasserstein1(std::vector<double>{0, 0, 1}, std::vector<double>{1, 0, 1}), 1.0 / 3.0, 1e-12);
}

TEST(caloWasserstein1, LeavesTheInputsUnsorted) {
    const std::vector<double> a{3, 1, 2};
    const std::vector<double> b{9, 7};
    ASSERT_TRUE(wasserstein1(a, b).ok());
    EXPECT_EQ(a, (std::vector<double>{3, 1, 2}));
    EXPECT_EQ(b, (std::vector<double>{9, 7}));
}

TEST(caloWasserstein1, RejectsEmptyAndNonFiniteSamples) {
    const std::vector<double> ok{1, 2};
    const auto empty = wasserstein1(std::vector<double>{}, ok);
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().kind, ErrorKind::Usage);
    EXPECT_FALSE(wasserstein1(ok, std::vector<double>{}).ok());
    const auto withNan = wasserstein1(ok, std::vector<double>{1, kNan});
    ASSERT_FALSE(withNan.ok());
    EXPECT_EQ(withNan.error().kind, ErrorKind::Usage);
    EXPECT_NE(withNan.error().message.find("index 1"), std::string::npos) << withNan.error().message;
    EXPECT_FALSE(wasserstein1(std::vector<double>{kInf}, ok).ok());
}

TEST(caloKolmogorovSmirnov, IsZeroForIdenticalAndOneForDisjointSamples) {
    const std::vector<double> a{0.5, 3, -1, 2};
    EXPECT_EQ(*kolmogorovSmirnov(a, a), 0.0);
    EXPECT_EQ(*kolmogorovSmirnov(a, std::vector<double>{2, -1, 3, 0.5, 3, 2, 0.5, -1}), 0.0)
        << "the same empirical distribution";
    EXPECT_EQ(*kolmogorovSmirnov(a, std::vector<double>{10, 11}), 1.0);
    EXPECT_EQ(*kolmogorovSmirnov(std::vector<double>{10, 11}, a), 1.0);
}

TEST(caloKolmogorovSmirnov, MatchesHandComputedSmallSamples) {
    // F_a - F_b at 0, 1, 2, 3: 1/3, 1/6, -1/3, 0.
    EXPECT_NEAR(*kolmogorovSmirnov(std::vector<double>{0, 1, 3}, std::vector<double>{1, 2}), 1.0 / 3.0,
                1e-15);
    // At 2: 1/2 - 0; at 3: 3/4 - 1/4; at 4: 1 - 1/2.
    EXPECT_NEAR(*kolmogorovSmirnov(std::vector<double>{1, 2, 3, 4}, std::vector<double>{3, 4, 5, 6}), 0.5,
                1e-15);
    // Ties are taken together: at 1: 2/3 - 1/3, at 2: 0.
    EXPECT_NEAR(*kolmogorovSmirnov(std::vector<double>{1, 1, 2}, std::vector<double>{2, 1, 2}), 1.0 / 3.0,
                1e-15);
    // Infinite values are ordinary extreme values.
    EXPECT_NEAR(*kolmogorovSmirnov(std::vector<double>{-kInf, 0}, std::vector<double>{0, kInf}), 0.5, 1e-15);
}

TEST(caloKolmogorovSmirnov, RejectsEmptyAndNanSamples) {
    const auto empty = kolmogorovSmirnov(std::vector<double>{1}, std::vector<double>{});
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().kind, ErrorKind::Usage);
    EXPECT_FALSE(kolmogorovSmirnov(std::vector<double>{kNan, 1}, std::vector<double>{1}).ok());
}

TEST(caloChi2Histograms, IsZeroForIdenticalAndProportionalHistograms) {
    const std::vector<double> counts{4, 0, 7, 1, 0};
    const auto same = chi2Histograms(counts, counts);
    ASSERT_TRUE(same.ok()) << same.error().describe();
    EXPECT_EQ(same->chi2, 0.0);
    EXPECT_EQ(same->ndf, 2) << "three bins with entries";
    EXPECT_EQ(same->chi2PerNdf, 0.0);
    const auto scaled = chi2Histograms(counts, std::vector<double>{12, 0, 21, 3, 0});
    ASSERT_TRUE(scaled.ok());
    EXPECT_NEAR(scaled->chi2, 0.0, 1e-12);
}

TEST(caloChi2Histograms, MatchesHandComputedCases) {
    // N1 = N2 = 60: (600 - 1200)^2 / (3600 * 30) + 0 + (1800 - 1200)^2 / (3600 * 50) = 10/3 + 2.
    const auto equalTotals = chi2Histograms(std::vector<double>{10, 20, 30}, std::vector<double>{20, 20, 20});
    ASSERT_TRUE(equalTotals.ok());
    EXPECT_NEAR(equalTotals->chi2, 10.0 / 3.0 + 2.0, 1e-12);
    EXPECT_EQ(equalTotals->ndf, 2);
    EXPECT_NEAR(equalTotals->chi2PerNdf, (10.0 / 3.0 + 2.0) / 2.0, 1e-12);

    // N1 = 10, N2 = 20, last bin empty in both: 100^2 / (200 * 5) + 100^2 / (200 * 10) + 0 = 10 + 5.
    const auto differentTotals =
        chi2Histograms(std::vector<double>{5, 0, 5, 0}, std::vector<double>{0, 10, 10, 0});
    ASSERT_TRUE(differentTotals.ok());
    EXPECT_NEAR(differentTotals->chi2, 15.0, 1e-12);
    EXPECT_EQ(differentTotals->ndf, 2);
    EXPECT_NEAR(differentTotals->chi2PerNdf, 7.5, 1e-12);
}

TEST(caloChi2Histograms, HasNoDegreesOfFreedomWithASingleFilledBin) {
    const auto single = chi2Histograms(std::vector<double>{0, 3}, std::vector<double>{0, 8});
    ASSERT_TRUE(single.ok());
    EXPECT_EQ(single->chi2, 0.0);
    EXPECT_EQ(single->ndf, 0);
    EXPECT_EQ(single->chi2PerNdf, 0.0);
}

TEST(caloChi2Histograms, RejectsBadHistograms) {
    const std::vector<double> ok{1, 2, 3};
    const auto sizes = chi2Histograms(ok, std::vector<double>{1, 2});
    ASSERT_FALSE(sizes.ok());
    EXPECT_EQ(sizes.error().kind, ErrorKind::Usage);
    EXPECT_FALSE(chi2Histograms(ok, std::vector<double>{0, 0, 0}).ok()) << "no entries";
    EXPECT_FALSE(chi2Histograms(std::vector<double>{}, std::vector<double>{}).ok()) << "no bins";
    const auto negative = chi2Histograms(ok, std::vector<double>{1, -2, 3});
    ASSERT_FALSE(negative.ok());
    EXPECT_NE(negative.error().message.find("bin 1"), std::string::npos) << negative.error().message;
    EXPECT_FALSE(chi2Histograms(ok, std::vector<double>{1, kNan, 3}).ok());
    EXPECT_FALSE(chi2Histograms(std::vector<double>{kInf, 0, 0}, ok).ok());
}

} // namespace
} // namespace lupa::calo
