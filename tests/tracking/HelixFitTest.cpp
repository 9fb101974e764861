// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// The helix fit on exact helices: the simulation's crossings without scattering, and hand-made points.
#include <lupa/core/tracking/HelixFit.hpp>
#include <lupa/core/tracking/Propagation.hpp>
#include <lupa/core/tracking/SimGeometry.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <vector>

namespace lupa::tracking {
namespace {

/// The crossings of a particle from `vertex` through the TrackML-like layers, without scattering.
std::vector<Vec3> exactHelix(double pt, double eta, double phi, int charge, Vec3 vertex = {}) {
    static const SimGeometry geometry = SimGeometry::trackmlLike();
    PropagationConfig config;
    config.bz = 2.0 * units::T;
    config.multipleScattering = false;
    const Propagator propagator(geometry, config);
    TrackState state;
    state.position = vertex;
    state.momentum = {pt * std::cos(phi), pt * std::sin(phi), pt * std::sinh(eta)};
    state.charge = charge;
    std::mt19937_64 rng(1);
    std::vector<Crossing> crossings;
    propagator.propagate(state, rng, crossings);
    std::vector<Vec3> points;
    for (const auto& c : crossings)
        points.push_back(c.position);
    return points;
}

double angleDifference(double a, double b) {
    return std::remainder(a - b, 2 * std::numbers::pi);
}

TEST(HelixFit, RecoversTheParametersOfExactHelices) {
    for (const double pt : {0.5, 1.0, 3.0, 20.0})
        for (const int charge : {1, -1})
            for (const double eta : {-1.2, 0.3, 2.0}) {
                const double phi = -2.5 + pt;
                const auto points = exactHelix(pt, eta, phi, charge, {0, 0, 12.0});
                ASSERT_GE(points.size(), 5U) << pt << " " << eta;
                const auto helix = fitHelix(points);
                ASSERT_TRUE(helix.ok()) << helix.error().describe();
                SCOPED_TRACE(testing::Message() << "pt " << pt << " q " << charge << " eta " << eta);
                EXPECT_EQ(helix->charge, charge);
                EXPECT_NEAR(helix->pt / pt, 1.0, 1e-6);
                EXPECT_NEAR(angleDifference(helix->phi, phi), 0.0, 1e-6);
                EXPECT_NEAR(helix->eta, eta, 1e-6);
                EXPECT_NEAR(helix->theta, 2 * std::atan(std::exp(-eta)), 1e-6);
                EXPECT_NEAR(helix->d0, 0.0, 1e-5);
                EXPECT_NEAR(helix->z0, 12.0, 1e-4);
                EXPECT_LT(helix->chi2PerNdf(), 1e-6);
                EXPECT_EQ(helix->ndf, 2 * static_cast<int>(points.size()) - 5);
            }
}

TEST(HelixFit, PtIsPointThreeTimesFieldTimesRadius) {
    // A circle of radius 1 m through the origin, centre (0, 1000): pT = 0.3 * 2 T * 1 m = 0.6 GeV.
    std::vector<Vec3> points;
    for (const double angle : {0.1, 0.2, 0.3, 0.4}) // counter-clockwise from the origin: negative charge
        points.push_back({1000 * std::sin(angle), 1000 - 1000 * std::cos(angle), 100 * angle});
    const auto helix = fitHelix(points);
    ASSERT_TRUE(helix.ok());
    EXPECT_NEAR(helix->radius, 1000.0, 1e-6);
    EXPECT_NEAR(helix->pt, 0.299792458 * 2 * 1.0, 1e-9);
    EXPECT_EQ(helix->charge, -1);
    EXPECT_NEAR(helix->phi, 0.0, 1e-9);
    EXPECT_NEAR(helix->tanLambda, 0.1, 1e-9); // dz/ds = 100 / 1000
    EXPECT_NEAR(helix->z0, 0.0, 1e-6);
    HelixFitConfig fourTesla;
    fourTesla.bFieldTesla = 4.0;
    EXPECT_NEAR(fitHelix(points, fourTesla)->pt, 2 * helix->pt, 1e-9);
}

TEST(HelixFit, SignedImpactParameter) {
    // A negative track passing 3 mm from the axis: PCA (0, 3), moving along +x, so d0 = +3.
    std::vector<Vec3> points;
    for (const double angle : {0.05, 0.1, 0.15, 0.2})
        points.push_back({2000 * std::sin(angle), 3 + 2000 - 2000 * std::cos(angle), 0.5 * angle});
    const auto helix = fitHelix(points);
    ASSERT_TRUE(helix.ok());
    EXPECT_NEAR(helix->d0, 3.0, 1e-6);
    EXPECT_NEAR(helix->phi, 0.0, 1e-9);
    const auto back = helixPoint(*helix, 0.1);
    EXPECT_NEAR(back.x, points[1].x, 1e-6);
    EXPECT_NEAR(back.y, points[1].y, 1e-6);
    EXPECT_NEAR(back.z, points[1].z, 1e-6);
    EXPECT_NEAR(turningAngle(*helix, points[3].x, points[3].y), 0.2, 1e-9);
}

TEST(HelixFit, ChiSquareGrowsWithDisplacedPoints) {
    auto points = exactHelix(2.0, 0.5, 1.0, 1);
    const auto clean = fitHelix(points);
    points[3].x += 0.5;
    const auto displaced = fitHelix(points);
    ASSERT_TRUE(clean.ok() && displaced.ok());
    EXPECT_GT(displaced->chi2PerNdf(), 100 * clean->chi2PerNdf() + 0.1);
}

TEST(HelixFit, DegenerateInputsAreErrors) {
    EXPECT_FALSE(fitHelix(std::vector<Vec3>{{1, 0, 0}, {2, 0, 1}}).ok()) << "two points";
    EXPECT_FALSE(fitHelix(std::vector<Vec3>{{1, 1, 0}, {1, 1, 0}, {1, 1, 0}}).ok()) << "identical";
    EXPECT_FALSE(fitHelix(std::vector<Vec3>{{1, 0, 0}, {2, 0, 1}, {3, 0, 2}}).ok()) << "a straight line";
}

TEST(HelixFit, BeamSpotConstraintHelpsThreeHits) {
    const auto points = exactHelix(1.0, 0.0, 0.3, -1);
    const std::vector<Vec3> three(points.begin(), points.begin() + 3);
    const auto helix = fitHelix(three, {}, true);
    ASSERT_TRUE(helix.ok());
    EXPECT_NEAR(helix->pt, 1.0, 1e-6);
    EXPECT_EQ(helix->charge, -1);
}

} // namespace
} // namespace lupa::tracking
