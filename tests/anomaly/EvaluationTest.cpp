// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// AUC, working points at tiny false-positive rates and the bootstrap, against hand-counted samples.
#include <lupa/core/anomaly/Evaluation.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>
#include <random>

namespace lupa::test {
namespace {

TEST(anomalyEvaluation, AucCountsPairsAndHalfTies) {
    // Pairs (s > b): 2 > 1, 3 > 1, 3 > 2 (tie 2 = 2 counts one half): (3 + 0.5) / 6.
    const std::vector<double> background{1, 2, 4};
    const std::vector<double> signal{2, 3};
    EXPECT_DOUBLE_EQ(anomaly::weightedAuc(background, {}, signal, {}), 3.5 / 6);
    const std::vector<double> weights{2, 1, 1}; // the background at 1 counts twice: (2 + 0.5 + 2 + 1) / 8
    EXPECT_DOUBLE_EQ(anomaly::weightedAuc(background, weights, signal, {}), 5.5 / 8);
}

TEST(anomalyEvaluation, WorkingPointsAllowAtMostTheTargetRate) {
    std::vector<double> background(1000);
    std::iota(background.begin(), background.end(), 0.0); // 0 ... 999
    const anomaly::BackgroundScores sorted(background);
    const auto point = sorted.thresholdAt(0.01); // 10 events may pass: 990 ... 999
    EXPECT_DOUBLE_EQ(point.threshold, 989.0);
    EXPECT_EQ(point.backgroundAbove, 10U);
    EXPECT_DOUBLE_EQ(point.fpr, 0.01);
    EXPECT_DOUBLE_EQ(point.triggerRateHz, 0.01 * 40e6);
    EXPECT_FALSE(point.limitedByStatistics);
    const auto tiny = sorted.thresholdAt(1e-5);
    EXPECT_TRUE(tiny.limitedByStatistics);
    EXPECT_DOUBLE_EQ(tiny.threshold, 999.0);
    EXPECT_DOUBLE_EQ(tiny.fpr, 0.0);
}

TEST(anomalyEvaluation, TprAtFprAndRocOfASeparatedSignal) {
    std::vector<double> background(100000);
    std::mt19937_64 random(7);
    std::normal_distribution<double> normal;
    for (auto& b : background)
        b = normal(random);
    std::vector<double> signal(2000);
    for (std::size_t i = 0; i < signal.size(); ++i)
        signal[i] = i < 100 ? 10.0 + static_cast<double>(i) : normal(random); // 5 % far beyond the background
    anomaly::EvaluationOptions options;
    options.bootstrapRounds = 20;
    const auto result =
        anomaly::evaluateSignal(anomaly::BackgroundScores(background), signal, "s", options).value();
    ASSERT_EQ(result.workingPoints.size(), 3U);
    for (const auto& p : result.workingPoints) {
        EXPECT_LE(p.fpr, p.targetFpr);
        EXPECT_GE(p.tpr, 0.05) << p.targetFpr;
    }
    EXPECT_FALSE(result.workingPoints[2].limitedByStatistics); // 1e-5 of 1e5 events is one event
    EXPECT_NEAR(result.auc, 0.5 * 0.95 + 0.05, 0.02);
    EXPECT_GT(result.aucUncertainty, 0.0);
    EXPECT_LT(result.aucUncertainty, 0.02);
    ASSERT_EQ(result.rocFpr.size(), 200U);
    EXPECT_DOUBLE_EQ(result.rocFpr.back(), 1.0);
    for (std::size_t i = 1; i < result.rocFpr.size(); ++i) {
        EXPECT_GE(result.rocFpr[i], result.rocFpr[i - 1]);
        EXPECT_GE(result.rocTpr[i], result.rocTpr[i - 1]);
    }
    const auto again =
        anomaly::evaluateSignal(anomaly::BackgroundScores(background), signal, "s", options).value();
    EXPECT_EQ(again.aucUncertainty, result.aucUncertainty); // seeded bootstrap
    EXPECT_EQ(result.toJson()["working_points"].size(), 3U);
}

TEST(anomalyEvaluation, RefusesEmptySamplesAndNan) {
    const std::vector<double> background{1, 2};
    EXPECT_FALSE(anomaly::evaluateSignal(anomaly::BackgroundScores(background), {}, "s").ok());
    const std::vector<double> nan{std::nan("")};
    EXPECT_FALSE(anomaly::evaluateSignal(anomaly::BackgroundScores(background), nan, "s").ok());
}

} // namespace
} // namespace lupa::test
