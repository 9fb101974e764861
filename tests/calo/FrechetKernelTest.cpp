// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// The Fréchet and kernel physics distances (FPD, KPD): exact values on constant samples, Gaussian samples
// against the analytic Fréchet distance, determinism and input checks. Sizes are kept small for speed.
#include <lupa/core/calo/FrechetKernel.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>

namespace lupa::calo {
namespace {

// `rows` vectors of `columns` independent unit Gaussians, feature 0 shifted by `shift`.
FeatureMatrix gaussian(std::size_t rows, std::size_t columns, double shift, std::uint64_t seed) {
    std::mt19937_64 engine(seed);
    std::normal_distribution<double> normal;
    FeatureMatrix matrix{rows, columns, {}};
    for (std::size_t r = 0; r < rows; ++r)
        for (std::size_t c = 0; c < columns; ++c)
            matrix.values.push_back(normal(engine) + (c == 0 ? shift : 0.0));
    return matrix;
}

FeatureMatrix constantRows(std::size_t rows, const std::vector<double>& row) {
    FeatureMatrix matrix{rows, row.size(), {}};
    for (std::size_t r = 0; r < rows; ++r)
        matrix.values.insert(matrix.values.end(), row.begin(), row.end());
    return matrix;
}

FpdOptions smallFpd() {
    FpdOptions options;
    options.minSamples = 1000;
    options.maxSamples = 4000;
    options.batches = 10;
    options.points = 5;
    options.normalise = false;
    return options;
}

KpdOptions smallKpd() {
    KpdOptions options;
    options.batchSize = 400;
    options.batches = 10;
    return options;
}

TEST(caloFpd, OfConstantSamplesIsTheSquaredDistanceOfTheirMeans) {
    const FeatureMatrix real = constantRows(50, {1.0, 2.0});
    const FeatureMatrix generated = constantRows(60, {0.0, 0.0});
    FpdOptions options = smallFpd();
    const auto raw = frechetPhysicsDistance(real, generated, options);
    ASSERT_TRUE(raw.ok()) << raw.error().describe();
    EXPECT_NEAR(raw->value, 5.0, 1e-12);
    EXPECT_NEAR(raw->uncertainty, 0.0, 1e-9);
    // Normalised by the real maxima (1, 2): the real rows become (1, 1).
    options.normalise = true;
    EXPECT_NEAR(frechetPhysicsDistance(real, generated, options)->value, 2.0, 1e-12);
}

TEST(caloFpd, OfTwoSamplesOfOneGaussianIsCompatibleWithZero) {
    // The extrapolation removes the O(1/N) bias of the draws, not the distance between the two finite
    // samples themselves: about 12/10000 for 3 unit Gaussians (6/n from the means, 6/n from the
    // covariances), hence the allowance of 0.002 on top of the uncertainty.
    const auto fpd = frechetPhysicsDistance(gaussian(10000, 3, 0, 1), gaussian(10000, 3, 0, 2), smallFpd());
    ASSERT_TRUE(fpd.ok()) << fpd.error().describe();
    EXPECT_GE(fpd->value, 0.0);
    EXPECT_LT(fpd->value, 0.01);
    EXPECT_GT(fpd->uncertainty, 0.0);
    EXPECT_LE(fpd->value, 3 * fpd->uncertainty + 0.002);
}

TEST(caloFpd, OfShiftedGaussiansApproachesTheAnalyticValue) {
    // Unit covariances, means 1 apart in one feature: FD = 1 (and 4 for a shift of 2).
    const FeatureMatrix real = gaussian(10000, 3, 0, 3);
    const auto one = frechetPhysicsDistance(real, gaussian(10000, 3, 1, 4), smallFpd());
    ASSERT_TRUE(one.ok()) << one.error().describe();
    EXPECT_NEAR(one->value, 1.0, 0.1);
    EXPECT_GT(one->uncertainty, 0.0);
    EXPECT_LT(one->uncertainty, 0.1);
    const auto two = frechetPhysicsDistance(real, gaussian(10000, 3, 2, 4), smallFpd());
    ASSERT_TRUE(two.ok());
    EXPECT_NEAR(two->value, 4.0, 0.2);
    EXPECT_GT(two->value, one->value);
}

TEST(caloFpd, IsDeterministicForASeed) {
    const FeatureMatrix real = gaussian(2000, 2, 0, 5);
    const FeatureMatrix generated = gaussian(2000, 2, 0.3, 6);
    FpdOptions options = smallFpd();
    options.normalise = true;
    const auto first = frechetPhysicsDistance(real, generated, options);
    const auto second = frechetPhysicsDistance(real, generated, options);
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_EQ(first->value, second->value);
    EXPECT_EQ(first->uncertainty, second->uncertainty);
    options.seed = 7;
    const auto other = frechetPhysicsDistance(real, generated, options);
    ASSERT_TRUE(other.ok());
    EXPECT_NE(first->value, other->value) << "another seed draws other samples";
}

TEST(caloFpd, NormalisedIsInvariantUnderScalingTheFeatures) {
    FeatureMatrix real = gaussian(1500, 2, 0, 8);
    FeatureMatrix generated = gaussian(1500, 2, 0.5, 9);
    FpdOptions options = smallFpd();
    options.normalise = true;
    const double before = frechetPhysicsDistance(real, generated, options)->value;
    for (double& value : real.values)
        value *= 1000;
    for (double& value : generated.values)
        value *= 1000;
    EXPECT_NEAR(frechetPhysicsDistance(real, generated, options)->value, before, 1e-9 * before);
}

TEST(caloFpd, UsesTheRowsThereAreWhenFewerThanMinSamples) {
    // Default sizes 20000…50000; with 200 rows the sizes run from 80 to 200.
    const auto fpd = frechetPhysicsDistance(gaussian(200, 2, 0, 10), gaussian(250, 2, 1, 11));
    ASSERT_TRUE(fpd.ok()) << fpd.error().describe();
    EXPECT_TRUE(std::isfinite(fpd->value));
    EXPECT_GT(fpd->value, 0.0);
    EXPECT_FALSE(frechetPhysicsDistance(gaussian(2, 2, 0, 12), gaussian(250, 2, 0, 13)).ok())
        << "two rows allow no two sample sizes";
}

TEST(caloFpd, KeepsAllZeroFeaturesFinite) {
    FeatureMatrix real = gaussian(500, 2, 0, 14);
    FeatureMatrix generated = gaussian(500, 2, 0, 15);
    for (std::size_t r = 0; r < 500; ++r) {
        real.values[r * 2 + 1] = 0;
        generated.values[r * 2 + 1] = 0;
    }
    FpdOptions options = smallFpd();
    options.normalise = true;
    const auto fpd = frechetPhysicsDistance(real, generated, options);
    ASSERT_TRUE(fpd.ok()) << fpd.error().describe();
    EXPECT_TRUE(std::isfinite(fpd->value) && std::isfinite(fpd->uncertainty));
}

TEST(caloFpd, RejectsBadInput) {
    const FeatureMatrix good = gaussian(100, 3, 0, 16);
    const auto columns = frechetPhysicsDistance(good, gaussian(100, 2, 0, 17));
    ASSERT_FALSE(columns.ok());
    EXPECT_EQ(columns.error().kind, ErrorKind::Usage);
    EXPECT_FALSE(frechetPhysicsDistance(FeatureMatrix{}, good).ok()) << "no rows";
    EXPECT_FALSE(frechetPhysicsDistance(good, FeatureMatrix{3, 0, {}}).ok()) << "no columns";
    EXPECT_FALSE(frechetPhysicsDistance(good, FeatureMatrix{2, 3, {1, 2, 3}}).ok()) << "too few values";

    FeatureMatrix withNan = good;
    withNan.values[1 * 3 + 2] = std::numeric_limits<double>::quiet_NaN();
    const auto nan = frechetPhysicsDistance(good, withNan);
    ASSERT_FALSE(nan.ok());
    EXPECT_EQ(nan.error().kind, ErrorKind::Usage);
    EXPECT_NE(nan.error().message.find("generated"), std::string::npos) << nan.error().message;
    EXPECT_NE(nan.error().message.find("row 1, column 2"), std::string::npos) << nan.error().message;
    FeatureMatrix withInf = good;
    withInf.values[0] = -std::numeric_limits<double>::infinity();
    EXPECT_FALSE(frechetPhysicsDistance(withInf, good).ok());

    FpdOptions options = smallFpd();
    options.points = 2;
    EXPECT_FALSE(frechetPhysicsDistance(good, good, options).ok()) << "two points leave no residual";
    options = smallFpd();
    options.minSamples = options.maxSamples;
    EXPECT_FALSE(frechetPhysicsDistance(good, good, options).ok());
    options = smallFpd();
    options.batches = 0;
    EXPECT_FALSE(frechetPhysicsDistance(good, good, options).ok());
}

TEST(caloKpd, OfConstantSamplesIsTheKernelDistanceOfTheRows) {
    // k(x, y) = (x.y / 2 + 1)^p: k(u, u) = 2^p with u = (1, 1), k(0, 0) = k(u, 0) = 1.
    const FeatureMatrix real = constantRows(30, {1.0, 1.0});
    const FeatureMatrix generated = constantRows(40, {0.0, 0.0});
    KpdOptions options = smallKpd();
    options.normalise = false;
    const auto quartic = kernelPhysicsDistance(real, generated, options);
    ASSERT_TRUE(quartic.ok()) << quartic.error().describe();
    EXPECT_NEAR(quartic->value, 16.0 + 1.0 - 2.0, 1e-12);
    EXPECT_NEAR(quartic->uncertainty, 0.0, 1e-12);
    options.kernelDegree = 3;
    EXPECT_NEAR(kernelPhysicsDistance(real, generated, options)->value, 8.0 + 1.0 - 2.0, 1e-12);
}

TEST(caloKpd, OfTwoSamplesOfOneGaussianIsCompatibleWithZero) {
    const auto kpd = kernelPhysicsDistance(gaussian(3000, 3, 0, 20), gaussian(3000, 3, 0, 21), smallKpd());
    ASSERT_TRUE(kpd.ok()) << kpd.error().describe();
    EXPECT_GT(kpd->uncertainty, 0.0);
    EXPECT_LT(std::abs(kpd->value), 3 * kpd->uncertainty);
}

TEST(caloKpd, GrowsWithAShiftAndIsDeterministic) {
    const FeatureMatrix real = gaussian(3000, 3, 0, 22);
    const auto same = kernelPhysicsDistance(real, gaussian(3000, 3, 0, 23), smallKpd());
    const auto small = kernelPhysicsDistance(real, gaussian(3000, 3, 0.5, 23), smallKpd());
    const auto large = kernelPhysicsDistance(real, gaussian(3000, 3, 1.5, 23), smallKpd());
    ASSERT_TRUE(same.ok() && small.ok() && large.ok());
    EXPECT_GT(small->value, 3 * small->uncertainty);
    EXPECT_GT(small->value, same->value);
    EXPECT_GT(large->value, small->value);

    const auto again = kernelPhysicsDistance(real, gaussian(3000, 3, 0.5, 23), smallKpd());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->value, small->value);
    EXPECT_EQ(again->uncertainty, small->uncertainty);
    KpdOptions options = smallKpd();
    options.seed = 43;
    EXPECT_NE(kernelPhysicsDistance(real, gaussian(3000, 3, 0.5, 23), options)->value, small->value);
}

TEST(caloKpd, RejectsBadInput) {
    const FeatureMatrix good = gaussian(100, 3, 0, 24);
    EXPECT_FALSE(kernelPhysicsDistance(good, gaussian(100, 4, 0, 25)).ok());
    EXPECT_FALSE(kernelPhysicsDistance(good, FeatureMatrix{}).ok());
    FeatureMatrix withInf = good;
    withInf.values[5] = std::numeric_limits<double>::infinity();
    const auto inf = kernelPhysicsDistance(withInf, good);
    ASSERT_FALSE(inf.ok());
    EXPECT_NE(inf.error().message.find("real"), std::string::npos) << inf.error().message;
    EXPECT_NE(inf.error().message.find("row 1, column 2"), std::string::npos) << inf.error().message;
    KpdOptions options = smallKpd();
    options.batchSize = 1;
    EXPECT_FALSE(kernelPhysicsDistance(good, good, options).ok());
    EXPECT_FALSE(kernelPhysicsDistance(gaussian(1, 3, 0, 26), good).ok()) << "one row";
}

} // namespace
} // namespace lupa::calo
