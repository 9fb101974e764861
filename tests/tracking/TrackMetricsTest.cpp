// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Efficiency, fake rate and duplicate rate on a hand-made event; the binned rates and the selection.
#include <lupa/core/tracking/TrackMetrics.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace lupa::tracking {
namespace {

using trackml::Particle;
using trackml::TruthHit;

Particle particle(std::uint64_t id, double px, double py, double pz) {
    Particle p;
    p.id = id;
    p.px = px;
    p.py = py;
    p.pz = pz;
    return p;
}

/// Adds `count` truth hits of `particleId` with ids from `nextHit` on.
void addHits(std::vector<TruthHit>& truth, std::uint64_t particleId, int count) {
    for (int i = 0; i < count; ++i) {
        TruthHit hit;
        hit.hitId = truth.size() + 1;
        hit.particleId = particleId;
        hit.weight = 0.01;
        truth.push_back(hit);
    }
}

/// Particles 1 (pT 2, eta 0, 5 hits), 2 (pT 0.5: below the cut, 5 hits), 3 (pT 3 but 3 hits),
/// 4 (pT 1.5, eta 1, 4 hits), 5 (pT 5, eta 5: outside, 4 hits); 3 noise hits. Hit ids: particle 1
/// 1-5, particle 2 6-10, particle 3 11-13, particle 4 14-17, particle 5 18-21, noise 22-24.
struct HandMadeEvent {
    std::vector<Particle> particles{particle(1, 2.0, 0.0, 0.0), particle(2, 0.0, 0.5, 0.0),
                                    particle(3, 0.0, -3.0, 0.0), particle(4, 1.5, 0.0, 1.5 * std::sinh(1.0)),
                                    particle(5, 3.0, 4.0, 5.0 * std::sinh(5.0))};
    std::vector<TruthHit> truth;

    HandMadeEvent() {
        addHits(truth, 1, 5);
        addHits(truth, 2, 5);
        addHits(truth, 3, 3);
        addHits(truth, 4, 4);
        addHits(truth, 5, 4);
        addHits(truth, 0, 3);
    }
};

/// T1: three hits of particle 1 and one of 4 (matched to 1); T2: two of 1 and one of 2 (matched to 1, a
/// duplicate); T3: two of 4 and two of 2 (a tie that goes to 2 at purity 1/2: fake); T4: two hits of 3
/// (too short to count); T5: three noise hits (fake, no truth kinematics).
TrackAssignment handMadeTracks() {
    return {{1, 10},  {2, 10}, {3, 10}, {14, 10}, {4, 20},  {5, 20},  {6, 20},  {15, 30},
            {16, 30}, {7, 30}, {8, 30}, {11, 40}, {12, 40}, {22, 50}, {23, 50}, {24, 50}};
}

TEST(TrackMetrics, KinematicsOfAParticle) {
    EXPECT_DOUBLE_EQ(transverseMomentum(particle(1, 3.0, -4.0, 7.0)), 5.0);
    EXPECT_NEAR(pseudorapidity(particle(1, 1.0, 0.0, std::sinh(2.5))), 2.5, 1e-12);
    EXPECT_NEAR(pseudorapidity(particle(1, 0.0, 2.0, -2.0 * std::sinh(1.2))), -1.2, 1e-12);
    EXPECT_DOUBLE_EQ(pseudorapidity(particle(1, 1.0, 1.0, 0.0)), 0.0);
    EXPECT_TRUE(std::isinf(pseudorapidity(particle(1, 0.0, 0.0, 1.0))));
    EXPECT_TRUE(std::isnan(pseudorapidity(particle(1, 0.0, 0.0, 0.0))));
}

TEST(TrackMetrics, HandMadeEvent) {
    const HandMadeEvent event;
    const auto metrics = evaluateTrackMetrics(event.truth, event.particles, handMadeTracks());
    ASSERT_TRUE(metrics.ok()) << metrics.error().describe();
    EXPECT_EQ(metrics->selectedParticles, 2U) << "particles 1 and 4";
    EXPECT_EQ(metrics->matchedParticles, 1U) << "particle 1";
    EXPECT_DOUBLE_EQ(metrics->efficiency, 0.5);
    EXPECT_EQ(metrics->tracks, 4U) << "T4 has only two hits";
    EXPECT_EQ(metrics->matchedTracks, 2U);
    EXPECT_EQ(metrics->fakeTracks, 2U);
    EXPECT_DOUBLE_EQ(metrics->fakeRate, 0.5);
    EXPECT_EQ(metrics->duplicateTracks, 1U);
    EXPECT_DOUBLE_EQ(metrics->duplicateRate, 0.5);
    EXPECT_EQ(metrics->unbinnedTracks, 1U) << "the noise track";
}

TEST(TrackMetrics, BinnedEfficiencyLeavesOutOnlyTheOtherVariablesCuts) {
    const HandMadeEvent event;
    TrackMetricsConfig config;
    config.ptEdges = {0.0, 1.0, 2.0, 4.0};
    config.etaEdges = {-2.0, -0.5, 0.5, 2.0};
    const auto metrics = evaluateTrackMetrics(event.truth, event.particles, handMadeTracks(), config);
    ASSERT_TRUE(metrics.ok());
    // In pT: particles 1 (pT 2, matched), 2 (pT 0.5, below the cut but shown), 4 (pT 1.5); not 3 (hits)
    // nor 5 (eta).
    EXPECT_EQ(metrics->efficiencyVsPt.total, (std::vector<std::size_t>{1, 1, 1}));
    EXPECT_EQ(metrics->efficiencyVsPt.passed, (std::vector<std::size_t>{0, 0, 1}));
    // In eta: particles 1 (eta 0) and 4 (eta 1); 5 passes the pT cut but eta 5 lies beyond the edges.
    EXPECT_EQ(metrics->efficiencyVsEta.total, (std::vector<std::size_t>{0, 1, 1}));
    EXPECT_EQ(metrics->efficiencyVsEta.passed, (std::vector<std::size_t>{0, 1, 0}));
    // Fake rate by the majority particle: T1 and T2 (particle 1, pT 2, eta 0), T3 (particle 2, pT 0.5).
    EXPECT_EQ(metrics->fakeRateVsPt.total, (std::vector<std::size_t>{1, 0, 2}));
    EXPECT_EQ(metrics->fakeRateVsPt.passed, (std::vector<std::size_t>{1, 0, 0}));
    EXPECT_EQ(metrics->fakeRateVsEta.total, (std::vector<std::size_t>{0, 3, 0}));
    EXPECT_EQ(metrics->fakeRateVsEta.passed, (std::vector<std::size_t>{0, 1, 0}));
    EXPECT_DOUBLE_EQ(metrics->fakeRateVsEta.rate(1), 1.0 / 3.0);
    EXPECT_DOUBLE_EQ(metrics->fakeRateVsEta.rate(0), 0.0) << "an empty bin";
}

TEST(TrackMetrics, SelectionFollowsTheConfiguration) {
    const HandMadeEvent event;
    TrackMetricsConfig config;
    config.minPt = 0.4;         // particle 2 joins
    config.minParticleHits = 3; // particle 3 joins
    config.minTrackHits = 2;    // T4 counts, matched to particle 3
    const auto metrics = evaluateTrackMetrics(event.truth, event.particles, handMadeTracks(), config);
    ASSERT_TRUE(metrics.ok());
    EXPECT_EQ(metrics->selectedParticles, 4U);
    EXPECT_EQ(metrics->matchedParticles, 2U) << "particles 1 and 3";
    EXPECT_EQ(metrics->tracks, 5U);
    EXPECT_EQ(metrics->matchedTracks, 3U);
    EXPECT_DOUBLE_EQ(metrics->fakeRate, 2.0 / 5.0);
    EXPECT_DOUBLE_EQ(metrics->duplicateRate, 1.0 / 3.0);
}

TEST(TrackMetrics, PerfectTracksHaveFullEfficiencyAndNoFakes) {
    const HandMadeEvent event;
    TrackAssignment perfect;
    for (const auto& hit : event.truth)
        if (hit.particleId != 0)
            perfect[hit.hitId] = hit.particleId;
    const auto metrics = evaluateTrackMetrics(event.truth, event.particles, perfect);
    ASSERT_TRUE(metrics.ok());
    EXPECT_DOUBLE_EQ(metrics->efficiency, 1.0);
    EXPECT_DOUBLE_EQ(metrics->fakeRate, 0.0);
    EXPECT_DOUBLE_EQ(metrics->duplicateRate, 0.0);
    EXPECT_EQ(metrics->tracks, 5U) << "one per particle; the noise hits are unassigned and not counted";
}

TEST(TrackMetrics, NoTracksGiveZeroRatesNotNaN) {
    const HandMadeEvent event;
    const auto metrics = evaluateTrackMetrics(event.truth, event.particles, {});
    ASSERT_TRUE(metrics.ok());
    EXPECT_EQ(metrics->tracks, 0U);
    EXPECT_DOUBLE_EQ(metrics->fakeRate, 0.0);
    EXPECT_DOUBLE_EQ(metrics->duplicateRate, 0.0);
    EXPECT_DOUBLE_EQ(metrics->efficiency, 0.0);
    EXPECT_EQ(metrics->selectedParticles, 2U);
}

TEST(TrackMetrics, InvalidConfigurationIsAUsageError) {
    const HandMadeEvent event;
    TrackMetricsConfig config;
    config.minPt = -1.0;
    auto metrics = evaluateTrackMetrics(event.truth, event.particles, {}, config);
    ASSERT_FALSE(metrics.ok());
    EXPECT_EQ(metrics.error().kind, ErrorKind::Usage);
    config = {};
    config.minPt = std::numeric_limits<double>::quiet_NaN();
    EXPECT_FALSE(validate(config).ok());
    config = {};
    config.etaEdges = {0.0, 1.0, 1.0};
    EXPECT_FALSE(validate(config).ok());
    config = {};
    config.ptEdges = {1.0};
    EXPECT_FALSE(validate(config).ok());
    EXPECT_TRUE(validate(TrackMetricsConfig{}).ok());
}

TEST(BinnedRate, FillsHalfOpenBins) {
    auto rate = BinnedRate::withEdges({0.0, 1.0, 3.0});
    rate.fill(0.0, true);  // first edge: in bin 0
    rate.fill(1.0, false); // an inner edge opens bin 1
    rate.fill(2.9, true);
    rate.fill(3.0, true); // the last edge is outside
    rate.fill(-0.1, true);
    rate.fill(std::numeric_limits<double>::quiet_NaN(), true);
    EXPECT_EQ(rate.total, (std::vector<std::size_t>{1, 2}));
    EXPECT_EQ(rate.passed, (std::vector<std::size_t>{1, 1}));
    EXPECT_DOUBLE_EQ(rate.rate(1), 0.5);
    const auto json = toJson(rate);
    EXPECT_EQ(json["rate"].size(), 2U);
    EXPECT_EQ(json["edges"].size(), 3U);
}

TEST(TrackMetrics, JsonCarriesRatesCountsAndHistograms) {
    const HandMadeEvent event;
    const auto metrics = evaluateTrackMetrics(event.truth, event.particles, handMadeTracks());
    ASSERT_TRUE(metrics.ok());
    const auto json = toJson(*metrics);
    EXPECT_DOUBLE_EQ(json["efficiency"].get<double>(), 0.5);
    EXPECT_EQ(json["duplicate_tracks"].get<int>(), 1);
    EXPECT_TRUE(json["histograms"].contains("efficiency_vs_pt"));
    EXPECT_TRUE(json["histograms"].contains("fake_rate_vs_eta"));
    EXPECT_EQ(toJson(TrackMetricsConfig{})["min_track_hits"].get<int>(), 3);
}

} // namespace
} // namespace lupa::tracking
