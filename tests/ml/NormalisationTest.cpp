// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/ml/Normalisation.hpp>

#include <gtest/gtest.h>

#include <cmath>

namespace lupa::ml {
namespace {

// Two features over four samples: {1, 2, 3, 4} and {10, 10, 10, 10} (constant).
const Tensor kSamples{{4, 2}, {1, 10, 2, 10, 3, 10, 4, 10}};

TEST(mlNormalisation, FitsPerFeatureMeanAndStd) {
    const auto normalisation = Normalisation::fitPerFeature(kSamples);
    ASSERT_TRUE(normalisation.ok());
    EXPECT_DOUBLE_EQ(normalisation->mean[0], 2.5);
    EXPECT_DOUBLE_EQ(normalisation->stdDev[0], std::sqrt(1.25));
    EXPECT_DOUBLE_EQ(normalisation->mean[1], 10);
    EXPECT_DOUBLE_EQ(normalisation->stdDev[1], 1.0) << "a constant feature keeps unit scale";
    const auto applied = normalisation->apply(kSamples);
    ASSERT_TRUE(applied.ok());
    double sum = 0;
    double squares = 0;
    for (std::int64_t row = 0; row < 4; ++row) {
        sum += applied->row(row)[0];
        squares += applied->row(row)[0] * applied->row(row)[0];
        EXPECT_FLOAT_EQ(applied->row(row)[1], 0.0F);
    }
    EXPECT_NEAR(sum / 4, 0.0, 1e-6);
    EXPECT_NEAR(squares / 4, 1.0, 1e-6);
}

TEST(mlNormalisation, GlobalFitUsesOneMeanForAllElements) {
    const auto normalisation = Normalisation::fitGlobal(kSamples);
    ASSERT_TRUE(normalisation.ok());
    ASSERT_EQ(normalisation->mean.size(), 1U);
    EXPECT_DOUBLE_EQ(normalisation->mean[0], 6.25);
    EXPECT_TRUE(normalisation->fits(2));
    EXPECT_TRUE(normalisation->fits(4096));
}

TEST(mlNormalisation, InvertUndoesApply) {
    const auto normalisation = Normalisation::fitPerFeature(kSamples);
    const auto back = normalisation->invert(*normalisation->apply(kSamples));
    ASSERT_TRUE(back.ok());
    for (std::size_t i = 0; i < kSamples.values.size(); ++i)
        EXPECT_NEAR(back->values[i], kSamples.values[i], 1e-5);
}

TEST(mlNormalisation, IdentityLeavesDataAlone) {
    const Normalisation identity;
    EXPECT_TRUE(identity.isIdentity());
    EXPECT_EQ(identity.apply(kSamples)->values, kSamples.values);
}

TEST(mlNormalisation, RefusesBatchesOfAnotherSize) {
    const auto normalisation = Normalisation::fitPerFeature(kSamples);
    const auto applied = normalisation->apply(Tensor{{2, 3}, std::vector<float>(6)});
    ASSERT_FALSE(applied.ok());
    EXPECT_EQ(applied.error().kind, ErrorKind::BadInput);
    EXPECT_FALSE(Normalisation::fitPerFeature(Tensor{{0, 2}, {}}).ok());
}

TEST(mlNormalisation, SurvivesJsonExactly) {
    const Normalisation normalisation{{0.1, -3e7, 1.0 / 3.0}, {2.5e-9, 1, 7.123456789012345}};
    const auto back = Normalisation::fromJson(nlohmann::json::parse(normalisation.toJson().dump()));
    ASSERT_TRUE(back.ok()) << back.error().describe();
    EXPECT_EQ(*back, normalisation);
}

TEST(mlNormalisation, FromJsonRefusesNonsense) {
    EXPECT_FALSE(Normalisation::fromJson({{"mean", {1, 2}}, {"std", {1}}}).ok());
    EXPECT_FALSE(Normalisation::fromJson({{"mean", {1}}, {"std", {0}}}).ok());
    EXPECT_FALSE(Normalisation::fromJson({{"mean", {1}}, {"std", {"x"}}}).ok());
    EXPECT_FALSE(Normalisation::fromJson({{"mean", {1}}}).ok());
}

} // namespace
} // namespace lupa::ml
