// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// TrackML hit weights against values computed by hand from the challenge's definition.
#include <lupa/core/tracking/HitWeights.hpp>

#include <gtest/gtest.h>

#include <numeric>

namespace lupa::tracking {
namespace {

TEST(HitWeights, PtWeightIsFlatThenLinearThenOne) {
    EXPECT_DOUBLE_EQ(ptWeight(0.01), 0.0); // below 0.05 GeV
    EXPECT_DOUBLE_EQ(ptWeight(0.05), 0.2);
    EXPECT_DOUBLE_EQ(ptWeight(0.3), 0.2);
    EXPECT_DOUBLE_EQ(ptWeight(0.5), 0.2);
    EXPECT_DOUBLE_EQ(ptWeight(1.0), 0.2 + 0.8 * 0.5 / 2.5);
    EXPECT_DOUBLE_EQ(ptWeight(1.75), 0.6);
    EXPECT_DOUBLE_EQ(ptWeight(3.0), 1.0);
    EXPECT_DOUBLE_EQ(ptWeight(50.0), 1.0);
}

TEST(HitWeights, OrderWeightOfFourHits) {
    // The profile's 9 points at 0, 3/8, ..., 3: hit 0 -> 10, hit 1 -> 6 - (1 - 0.75) / 0.375 = 16/3,
    // hit 2 -> 3, hit 3 -> 6; the sum is 73/3.
    EXPECT_NEAR(orderWeight(0, 4), 30.0 / 73, 1e-15);
    EXPECT_NEAR(orderWeight(1, 4), 16.0 / 73, 1e-15);
    EXPECT_NEAR(orderWeight(2, 4), 9.0 / 73, 1e-15);
    EXPECT_NEAR(orderWeight(3, 4), 18.0 / 73, 1e-15);
}

TEST(HitWeights, OrderWeightOfNineHitsIsTheProfile) {
    const double profile[] = {10, 8, 6, 5, 3, 3, 3, 5, 6};
    for (int i = 0; i < 9; ++i)
        EXPECT_NEAR(orderWeight(i, 9), profile[i] / 49, 1e-15) << i;
}

TEST(HitWeights, OrderWeightsOfATrackSumToOne) {
    for (int hits = 4; hits <= 20; ++hits) {
        double sum = 0;
        for (int i = 0; i < hits; ++i)
            sum += orderWeight(i, hits);
        EXPECT_NEAR(sum, 1.0, 1e-12) << hits;
        EXPECT_GT(orderWeight(0, hits), orderWeight(hits / 2, hits)) << "first hits weigh more";
        EXPECT_GT(orderWeight(hits - 1, hits), orderWeight(hits / 2, hits)) << "last hits weigh more";
    }
}

TEST(HitWeights, ShortAndLongTracks) {
    EXPECT_EQ(orderWeight(0, 3), 0.0);
    EXPECT_EQ(orderWeight(2, 3), 0.0);
    EXPECT_EQ(orderWeight(5, 25), orderWeight(5, 20)); // long tracks use the 20-hit profile
    EXPECT_EQ(orderWeight(20, 25), 0.0);
    EXPECT_EQ(orderWeight(4, 4), 0.0);
}

trackml::Particle particle(std::uint64_t id, double pt, double vz, int hits) {
    trackml::Particle p;
    p.id = id;
    p.px = 0.6 * pt;
    p.py = -0.8 * pt;
    p.pz = 1.0;
    p.vz = vz;
    p.charge = 1;
    p.hitCount = hits;
    return p;
}

void addHits(trackml::Event& event, std::uint64_t particleId, const std::vector<double>& z) {
    for (const double tz : z) {
        trackml::TruthHit t;
        t.hitId = event.truth.size() + 1;
        t.particleId = particleId;
        t.tz = tz;
        event.truth.push_back(t);
    }
}

TEST(HitWeights, HandMadeEvent) {
    trackml::Event event;
    event.particles = {particle(1, 1.0, 10, 4), particle(2, 4.0, -5, 9), particle(3, 2.0, 0, 3)};
    // Particle 1 from z = 10, hits listed out of order: |tz - vz| = 10, 50, 2, 25 -> indices 1, 3, 0, 2.
    addHits(event, 1, {20, 60, 12, 35});
    addHits(event, 2, {-20, -30, -40, -50, -60, -70, -80, -90, -100}); // in order, |dz| = 15 ... 95
    addHits(event, 3, {100, 200, 300});                                // 3 hits: weigh nothing
    addHits(event, 0, {7, 8});                                         // noise
    addHits(event, 99, {1, 2, 3, 4});                                  // no such particle
    ASSERT_TRUE(computeHitWeights(event).ok());

    const double w1 = 0.2 + 0.8 * 0.5 / 2.5; // pT 1 GeV
    const double total = w1 + 1.0;           // each full track's order weights sum to 1
    const double expected1[] = {16.0 / 73, 18.0 / 73, 30.0 / 73, 9.0 / 73};
    for (int i = 0; i < 4; ++i)
        EXPECT_NEAR(event.truth[static_cast<std::size_t>(i)].weight, w1 * expected1[i] / total, 1e-15) << i;
    const double profile[] = {10, 8, 6, 5, 3, 3, 3, 5, 6};
    for (int i = 0; i < 9; ++i)
        EXPECT_NEAR(event.truth[static_cast<std::size_t>(4 + i)].weight, profile[i] / 49 / total, 1e-15) << i;
    for (std::size_t i = 13; i < event.truth.size(); ++i)
        EXPECT_EQ(event.truth[i].weight, 0.0) << i;
    const double sum = std::accumulate(event.truth.begin(), event.truth.end(), 0.0,
                                       [](double s, const trackml::TruthHit& t) { return s + t.weight; });
    EXPECT_NEAR(sum, 1.0, 1e-14);
}

TEST(HitWeights, TiedDistancesShareTruncatedAverageRank) {
    trackml::Event event;
    event.particles = {particle(1, 5.0, 0, 4)};
    addHits(event, 1, {10, 20, 20, 30}); // ranks 1, 2.5, 2.5, 4 -> indices 0, 1, 1, 3
    ASSERT_TRUE(computeHitWeights(event).ok());
    const double total = (30.0 + 16 + 16 + 18) / 73;
    EXPECT_NEAR(event.truth[1].weight, 16.0 / 73 / total, 1e-15);
    EXPECT_NEAR(event.truth[2].weight, 16.0 / 73 / total, 1e-15);
    EXPECT_NEAR(event.truth[3].weight, 18.0 / 73 / total, 1e-15);
}

TEST(HitWeights, EventWithoutWeightyParticlesWeighsNothing) {
    trackml::Event event;
    event.particles = {particle(1, 1.0, 0, 3)};
    addHits(event, 1, {1, 2, 3});
    addHits(event, 0, {4});
    ASSERT_TRUE(computeHitWeights(event).ok());
    for (const auto& t : event.truth)
        EXPECT_EQ(t.weight, 0.0);
}

TEST(HitWeights, MoreTruthHitsThanNhitsIsBadInput) {
    trackml::Event event;
    event.particles = {particle(1, 1.0, 0, 4)};
    addHits(event, 1, {1, 2, 3, 4, 5});
    const auto result = computeHitWeights(event);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, ErrorKind::BadInput);
}

} // namespace
} // namespace lupa::tracking
