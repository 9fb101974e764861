// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// The classical baseline on small simulated events: the TrackML score, efficiency, the stages' results.
#include "SimulatedEvent.hpp"

#include <lupa/core/tracking/BaselineTracker.hpp>
#include <lupa/core/tracking/LayerIndex.hpp>
#include <lupa/core/tracking/Seeding.hpp>
#include <lupa/core/tracking/Simulation.hpp>
#include <lupa/core/tracking/TrackMetrics.hpp>
#include <lupa/core/tracking/TrackmlScore.hpp>
#include <lupa/core/trackml/EventReader.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <set>

namespace lupa::tracking {
namespace {

// Bounds measured on the events below, with margin (docs/tracking.md, "Classical baseline").
constexpr double kMinScore = 0.75;         // measured 0.839
constexpr double kMinEfficiency = 0.9;     // measured 1.0
constexpr double kMaxFakeRate = 0.05;      // measured 0.0
constexpr double kMaxDuplicateRate = 0.05; // measured 0.003
constexpr double kMinSeedPurity = 0.9;

using test::simulatedEvent;

TEST(LayerIndex, FindsBarrelsAndDisksAndBinsInPhi) {
    const auto event = simulatedEvent(2, 3);
    const LayerIndex index(event.hits, 64);
    ASSERT_FALSE(index.layers().empty());
    std::size_t hits = 0;
    for (const auto& layer : index.layers()) {
        hits += layer.count;
        const bool barrelVolume = layer.volume == 8 || layer.volume == 13 || layer.volume == 17;
        EXPECT_EQ(layer.barrel, barrelVolume) << layer.volume << " " << layer.layer;
        EXPECT_EQ(layer.binStart.back(), layer.count);
    }
    EXPECT_EQ(hits, event.hits.size());
    // Every hit of a layer within +-0.1 rad of phi = 1 is visited.
    const std::uint32_t layer = 0;
    std::set<std::uint32_t> visited;
    index.forEachInPhi(layer, 1.0, 0.1, [&](std::uint32_t h) { visited.insert(h); });
    const auto& l = index.layers()[layer];
    for (std::size_t i = l.first; i < l.first + l.count; ++i) {
        if (std::abs(index.hits()[i].phi - 1.0) <= 0.1) {
            EXPECT_TRUE(visited.count(static_cast<std::uint32_t>(i)));
        }
    }
}

TEST(BaselineTracker, ReconstructsASmallSimulatedEvent) {
    const auto event = simulatedEvent(5, 7);
    ASSERT_GT(event.hits.size(), 1000U);
    const auto result = reconstructBaseline(event.hits);
    ASSERT_TRUE(result.ok()) << result.error().describe();
    EXPECT_GT(result->seeds, result->tracks);
    EXPECT_GE(result->candidates, result->tracks);
    EXPECT_GT(result->tracks, 100U);
    EXPECT_GE(result->seconds.total, result->seconds.seeding);
    const auto assignment = toAssignment(event.hits, *result);
    EXPECT_EQ(assignment.size(), result->assignedHits);
    const auto score = scoreEvent(event.truth, assignment);
    ASSERT_TRUE(score.ok());
    const auto metrics = evaluateTrackMetrics(event.truth, event.particles, assignment);
    ASSERT_TRUE(metrics.ok());
    EXPECT_GT(score->score, kMinScore) << "score";
    EXPECT_GT(metrics->efficiency, kMinEfficiency) << "efficiency, pT > 1 GeV";
    EXPECT_LT(metrics->fakeRate, kMaxFakeRate) << "fake rate";
    EXPECT_LT(metrics->duplicateRate, kMaxDuplicateRate) << "duplicate rate";
}

TEST(BaselineTracker, ReconstructsTheRealReducedTrackmlEvent) {
    const auto prefix = std::filesystem::path(LUPA_SHARED_DATA_DIR) / "trackml/reduced-event/event000000001";
    if (!std::filesystem::exists(prefix.string() + "-hits.csv.gz"))
        GTEST_SKIP() << "no " << prefix << " event";
    const auto event = trackml::readEvent(prefix.string());
    ASSERT_TRUE(event.ok()) << event.error().describe();
    const auto result = reconstructBaseline(event->hits);
    ASSERT_TRUE(result.ok());
    const auto assignment = toAssignment(event->hits, *result);
    const auto score = scoreEvent(event->truth, assignment);
    const auto metrics = evaluateTrackMetrics(event->truth, event->particles, assignment);
    ASSERT_TRUE(score.ok() && metrics.ok());
    EXPECT_GT(score->score, 0.6) << "measured 0.675";
    EXPECT_GT(metrics->efficiency, 0.8) << "measured 0.870 (47 of 54)";
    EXPECT_LT(metrics->fakeRate, 0.05) << "measured 0";
}

TEST(BaselineTracker, IsDeterministic) {
    const auto event = simulatedEvent(2, 11);
    const auto a = reconstructBaseline(event.hits);
    const auto b = reconstructBaseline(event.hits);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(a->trackOfHit, b->trackOfHit);
    EXPECT_GT(a->tracks, 10U);
}

TEST(BaselineTracker, EveryHitOnAtMostOneTrackOfAtLeastMinHits) {
    const auto event = simulatedEvent(2, 5);
    BaselineConfig config;
    config.minHits = 5;
    const auto result = reconstructBaseline(event.hits, config);
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result->trackOfHit.size(), event.hits.size());
    std::vector<std::size_t> sizes(result->tracks + 1, 0);
    for (const auto t : result->trackOfHit) {
        ASSERT_LE(t, result->tracks);
        ++sizes[t];
    }
    for (std::size_t t = 1; t < sizes.size(); ++t)
        EXPECT_GE(sizes[t], 5U) << "track " << t;
}

TEST(BaselineTracker, NoHitsGiveNoTracks) {
    const auto result = reconstructBaseline(std::vector<trackml::Hit>{});
    ASSERT_TRUE(result.ok()) << result.error().describe();
    EXPECT_EQ(result->tracks, 0U);
    EXPECT_TRUE(result->trackOfHit.empty());
    // A few scattered hits make no track either.
    const std::vector<trackml::Hit> few{{1, 30, 5, 0, 8, 2, 1}, {2, -70, 9, 100, 8, 4, 1}};
    const auto sparse = reconstructBaseline(few);
    ASSERT_TRUE(sparse.ok());
    EXPECT_EQ(sparse->tracks, 0U);
    EXPECT_EQ(sparse->trackOfHit, (std::vector<std::uint64_t>{0, 0}));
}

TEST(BaselineTracker, SeedsFindTheHighPtParticles) {
    const auto event = simulatedEvent(2, 13);
    const LayerIndex index(event.hits);
    const auto seeds = findSeeds(index, {});
    ASSERT_FALSE(seeds.empty());
    std::size_t pure = 0;
    std::unordered_map<std::uint64_t, std::uint64_t> particleOf;
    for (const auto& t : event.truth)
        particleOf[t.hitId] = t.particleId;
    for (const auto& seed : seeds) {
        const auto p0 = particleOf[event.hits[index.hits()[seed.hits[0]].source].id];
        const auto p1 = particleOf[event.hits[index.hits()[seed.hits[1]].source].id];
        const auto p2 = particleOf[event.hits[index.hits()[seed.hits[2]].source].id];
        pure += p0 != 0 && p0 == p1 && p1 == p2;
    }
    EXPECT_GT(static_cast<double>(pure) / static_cast<double>(seeds.size()), kMinSeedPurity);
}

TEST(BaselineTracker, BadSettingsAreUsageErrors) {
    BaselineConfig config;
    config.minHits = 2;
    EXPECT_EQ(reconstructBaseline({}, config).error().kind, ErrorKind::Usage);
    config = {};
    config.seeding.minPt = -1;
    EXPECT_EQ(reconstructBaseline({}, config).error().kind, ErrorKind::Usage);
    config = {};
    config.following.windowV[1] = 0;
    EXPECT_FALSE(validate(config).ok());
    EXPECT_TRUE(validate(BaselineConfig{}).ok());
}

} // namespace
} // namespace lupa::tracking
