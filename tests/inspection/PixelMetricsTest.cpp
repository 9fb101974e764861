// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/inspection/PixelMetrics.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

namespace lupa::inspection {
namespace {

double auroc(const std::vector<float>& scores, const std::vector<std::uint8_t>& labels) {
    return pixelAuroc(scores, labels);
}

TEST(PixelAuroc, PerfectSeparationIsOneAndReversedIsZero) {
    EXPECT_DOUBLE_EQ(auroc({0.1F, 0.2F, 0.8F, 0.9F}, {0, 0, 1, 1}), 1.0);
    EXPECT_DOUBLE_EQ(auroc({0.1F, 0.2F, 0.8F, 0.9F}, {1, 1, 0, 0}), 0.0);
}

TEST(PixelAuroc, TiesCountOneHalf) {
    EXPECT_DOUBLE_EQ(auroc({0.5F, 0.5F, 0.5F}, {0, 1, 0}), 0.5);
    // Defect scores {0.5, 0.9}, good {0.1, 0.5}: pairs 1 + 0.5 + 1 + 1 = 3.5 of 4.
    EXPECT_DOUBLE_EQ(auroc({0.5F, 0.9F, 0.1F, 0.5F}, {1, 1, 0, 0}), 3.5 / 4.0);
}

TEST(PixelAuroc, KnownValueOfAHandExample) {
    // Good {1, 3, 5}, defect {2, 4}: defect 2 beats 1 good, defect 4 beats 2: 3 of 6.
    EXPECT_DOUBLE_EQ(auroc({1, 2, 3, 4, 5}, {0, 1, 0, 1, 0}), 0.5);
    // Good {1, 2}, defect {3, 1}: 2 + 0.5 = 2.5 of 4.
    EXPECT_DOUBLE_EQ(auroc({1, 2, 3, 1}, {0, 0, 1, 1}), 2.5 / 4.0);
}

TEST(PixelAuroc, DegenerateInputs) {
    EXPECT_DOUBLE_EQ(auroc({0.1F, 0.2F}, {0, 0}), 0.5);
    EXPECT_DOUBLE_EQ(auroc({}, {}), 0.5);
    EXPECT_TRUE(std::isnan(auroc({0.1F}, {0, 1})));
    const float nan = std::numeric_limits<float>::quiet_NaN();
    EXPECT_DOUBLE_EQ(auroc({nan, 0.5F}, {0, 1}), 1.0); // NaN is the lowest score
}

TEST(PixelAuroc, MatchesBruteForceOnRandomScoresWithTies) {
    std::mt19937_64 random(7);
    std::uniform_int_distribution<int> level(0, 20);
    std::bernoulli_distribution defect(0.3);
    std::vector<float> scores(500);
    std::vector<std::uint8_t> labels(500);
    for (std::size_t i = 0; i < scores.size(); ++i) {
        scores[i] = static_cast<float>(level(random));
        labels[i] = defect(random) ? 1 : 0;
    }
    double pairs = 0;
    double count = 0;
    for (std::size_t d = 0; d < scores.size(); ++d)
        for (std::size_t g = 0; g < scores.size(); ++g)
            if (labels[d] && !labels[g]) {
                pairs += scores[d] > scores[g] ? 1.0 : (scores[d] == scores[g] ? 0.5 : 0.0);
                count += 1;
            }
    EXPECT_NEAR(auroc(scores, labels), pairs / count, 1e-12);
}

} // namespace
} // namespace lupa::inspection
