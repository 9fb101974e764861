// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// AUC, isotonic calibration and the classifier scores, against hand-computed (sklearn-checked) values.
#include <lupa/core/calo/BinaryClassification.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

namespace lupa::calo {
namespace {

TEST(caloBinaryClassification, AucAsSklearnComputesIt) {
    const std::vector<int> labels{0, 0, 1, 1};
    EXPECT_NEAR(*rocAuc(std::vector<double>{0.1, 0.4, 0.35, 0.8}, labels), 0.75, 1e-12);
    EXPECT_NEAR(*rocAuc(std::vector<double>{0.1, 0.2, 0.3, 0.4}, labels), 1.0, 1e-12);
    EXPECT_NEAR(*rocAuc(std::vector<double>{0.4, 0.3, 0.2, 0.1}, labels), 0.0, 1e-12);
    EXPECT_NEAR(*rocAuc(std::vector<double>{0.5, 0.5, 0.5, 0.5}, labels), 0.5, 1e-12)
        << "ties count one half";
    EXPECT_FALSE(rocAuc(std::vector<double>{0.1, 0.2}, std::vector<int>{1, 1}).ok());
    EXPECT_FALSE(rocAuc(std::vector<double>{0.1}, std::vector<int>{1, 0}).ok());
}

TEST(caloBinaryClassification, RocCurveStepsThroughTheScores) {
    const auto roc = rocCurve(std::vector<double>{0.1, 0.4, 0.35, 0.8}, std::vector<int>{0, 0, 1, 1});
    ASSERT_TRUE(roc.ok());
    EXPECT_EQ(roc->falsePositiveRate, (std::vector<double>{0, 0, 0.5, 0.5, 1}));
    EXPECT_EQ(roc->truePositiveRate, (std::vector<double>{0, 0.5, 0.5, 1, 1}));
    std::vector<double> many(1000);
    std::vector<int> labels(1000);
    for (std::size_t i = 0; i < many.size(); ++i) {
        many[i] = static_cast<double>(i);
        labels[i] = static_cast<int>(i % 2);
    }
    const auto thinned = rocCurve(many, labels, 11);
    ASSERT_EQ(thinned->falsePositiveRate.size(), 11U);
    EXPECT_EQ(thinned->falsePositiveRate.back(), 1.0);
    EXPECT_EQ(thinned->truePositiveRate.front(), 0.0);
}

TEST(caloBinaryClassification, IsotonicPoolsViolatorsAndInterpolates) {
    const auto fit = IsotonicCalibration::fit(std::vector<double>{1, 2, 3, 4}, std::vector<int>{1, 0, 1, 1});
    ASSERT_TRUE(fit.ok());
    EXPECT_EQ(fit->values(), (std::vector<double>{0.5, 0.5, 1 - 1e-6, 1 - 1e-6}));
    EXPECT_DOUBLE_EQ(fit->predict(1.5), 0.5);
    EXPECT_DOUBLE_EQ(fit->predict(2.5), 0.5 + 0.5 * (0.5 - 1e-6));
    EXPECT_DOUBLE_EQ(fit->predict(-7), 0.5) << "clipped below";
    EXPECT_DOUBLE_EQ(fit->predict(9), 1 - 1e-6) << "clipped above";
    const auto ties = IsotonicCalibration::fit(std::vector<double>{0.2, 0.2, 0.9}, std::vector<int>{0, 1, 1});
    ASSERT_TRUE(ties.ok());
    EXPECT_EQ(ties->thresholds(), (std::vector<double>{0.2, 0.9}));
    EXPECT_DOUBLE_EQ(ties->predict(0.2), 0.5);
}

TEST(caloBinaryClassification, JsdIsZeroForAClassifierThatCannotTell) {
    const std::vector<int> labels{0, 1, 0, 1};
    const auto blind = scoreProbabilities(std::vector<double>{0.5, 0.5, 0.5, 0.5}, labels);
    ASSERT_TRUE(blind.ok());
    EXPECT_NEAR(blind->jsd, 0.0, 1e-12);
    EXPECT_NEAR(blind->bce, std::numbers::ln2, 1e-12);
    EXPECT_DOUBLE_EQ(blind->accuracy, 0.5) << "0.5 rounds to class 0";
    const auto sure = scoreProbabilities(std::vector<double>{1e-6, 1 - 1e-6, 1e-6, 1 - 1e-6}, labels);
    EXPECT_NEAR(sure->jsd, 1.0, 1e-4);
    EXPECT_DOUBLE_EQ(sure->accuracy, 1.0);
    EXPECT_DOUBLE_EQ(sure->auc, 1.0);
}

} // namespace
} // namespace lupa::calo
