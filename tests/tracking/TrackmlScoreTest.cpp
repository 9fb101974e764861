// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// The TrackML score on tiny hand-computed events, and against a plain recount on random ones.
#include <lupa/core/tracking/TrackmlScore.hpp>

#include <gtest/gtest.h>

#include <map>
#include <random>

namespace lupa::tracking {
namespace {

using trackml::TruthHit;

TruthHit hit(std::uint64_t hitId, std::uint64_t particleId, double weight) {
    TruthHit truth;
    truth.hitId = hitId;
    truth.particleId = particleId;
    truth.weight = weight;
    return truth;
}

/// The assignment that puts every hit on the track of its particle (noise on track 0).
TrackAssignment perfectAssignment(const std::vector<TruthHit>& truth) {
    TrackAssignment assignment;
    for (const auto& h : truth)
        assignment[h.hitId] = h.particleId;
    return assignment;
}

double scoreOf(const std::vector<TruthHit>& truth, const TrackAssignment& assignment) {
    const auto score = scoreEvent(truth, assignment);
    EXPECT_TRUE(score.ok()) << score.error().describe();
    return score.ok() ? score->score : -1.0;
}

/// Three particles (4, 3 and 2 hits) and two noise hits of weight 0; weights sum to 1.
std::vector<TruthHit> threeParticles() {
    return {hit(1, 11, 0.15), hit(2, 11, 0.10), hit(3, 11, 0.10), hit(4, 11, 0.15),
            hit(5, 22, 0.10), hit(6, 22, 0.10), hit(7, 22, 0.10), hit(8, 33, 0.10),
            hit(9, 33, 0.10), hit(10, 0, 0.0),  hit(11, 0, 0.0)};
}

TEST(TrackmlScore, PerfectSubmissionScoresOne) {
    const auto truth = threeParticles();
    const auto score = scoreEvent(truth, perfectAssignment(truth));
    ASSERT_TRUE(score.ok()) << score.error().describe();
    EXPECT_DOUBLE_EQ(score->score, 1.0);
    EXPECT_DOUBLE_EQ(score->totalWeight, 1.0);
    EXPECT_EQ(score->hits, 11U);
    EXPECT_EQ(score->assignedHits, 11U);
    EXPECT_EQ(score->tracks, 4U);
    EXPECT_EQ(score->goodTracks, 4U) << "the noise track holds all noise hits: good, with weight 0";
}

TEST(TrackmlScore, EmptySubmissionScoresZero) {
    const auto score = scoreEvent(threeParticles(), {});
    ASSERT_TRUE(score.ok());
    EXPECT_DOUBLE_EQ(score->score, 0.0);
    EXPECT_EQ(score->tracks, 0U);
    EXPECT_EQ(score->assignedHits, 0U);
    EXPECT_EQ(score->hits, 11U);
}

TEST(TrackmlScore, TrackWithExactlyHalfOfItsParticleIsNotGood) {
    auto truth = threeParticles();
    auto assignment = perfectAssignment(truth);
    assignment[3] = 99; // particle 11 split 2 + 2: neither half holds more than half of it
    assignment[4] = 99;
    EXPECT_NEAR(scoreOf(truth, assignment), 1.0 - 0.5, 1e-12);
    assignment[2] = 99; // now 1 + 3: the track of three takes their weight
    EXPECT_NEAR(scoreOf(truth, assignment), 1.0 - 0.15, 1e-12);
}

TEST(TrackmlScore, TrackWithExactlyHalfPurityIsNotGood) {
    const auto truth = threeParticles();
    auto assignment = perfectAssignment(truth);
    assignment[10] = 33; // particle 33's two hits with one noise hit: purity 2/3, good
    EXPECT_NEAR(scoreOf(truth, assignment), 1.0, 1e-12);
    assignment[11] = 33; // two and two: purity 1/2, not good
    EXPECT_NEAR(scoreOf(truth, assignment), 1.0 - 0.2, 1e-12);
}

TEST(TrackmlScore, MergedTrackKeepsOnlyItsMajorityParticle) {
    const auto truth = threeParticles();
    auto assignment = perfectAssignment(truth);
    for (std::uint64_t h = 5; h <= 9; ++h)
        assignment[h] = 22; // 3 hits of 22 and 2 of 33 on one track: 22 is the majority (3/5)
    const auto score = scoreEvent(truth, assignment);
    ASSERT_TRUE(score.ok());
    EXPECT_NEAR(score->score, 1.0 - 0.2, 1e-12) << "particle 33 is lost";
    EXPECT_EQ(score->tracks, 3U);
}

TEST(TrackmlScore, NoiseIsAParticleOfItsOwn) {
    // Noise with weight: a track of most noise hits is good, exactly as any particle's track.
    const std::vector<TruthHit> truth{hit(1, 5, 0.2), hit(2, 5, 0.2), hit(3, 5, 0.2), hit(4, 0, 0.1),
                                      hit(5, 0, 0.1), hit(6, 0, 0.1), hit(7, 0, 0.1)};
    TrackAssignment assignment{{1, 1}, {2, 1}, {3, 1}, {4, 2}, {5, 2}, {6, 2}, {7, 3}};
    EXPECT_NEAR(scoreOf(truth, assignment), 0.6 + 0.3, 1e-12);
    assignment[6] = 3; // two noise tracks of two hits: half of the noise each, not good
    EXPECT_NEAR(scoreOf(truth, assignment), 0.6, 1e-12);
}

TEST(TrackmlScore, WeightsThatDoNotSumToOneAreNormalised) {
    const std::vector<TruthHit> truth{hit(1, 5, 1.0), hit(2, 5, 1.0), hit(3, 6, 0.5), hit(4, 6, 1.5)};
    const auto score = scoreEvent(truth, {{1, 1}, {2, 1}, {3, 2}, {4, 3}});
    ASSERT_TRUE(score.ok());
    EXPECT_DOUBLE_EQ(score->totalWeight, 4.0);
    EXPECT_DOUBLE_EQ(score->goodWeight, 2.0);
    EXPECT_DOUBLE_EQ(score->score, 0.5);
    EXPECT_EQ(score->goodTracks, 1U);
    EXPECT_DOUBLE_EQ(scoreOf(truth, perfectAssignment(truth)), 1.0);
}

TEST(TrackmlScore, HandComputedEvent) {
    // Particle 1: hits 1-4, particle 2: hits 5-7, particle 3: hits 8-9, noise: hit 10; weight 0.1 each.
    std::vector<TruthHit> truth;
    for (std::uint64_t h = 1; h <= 10; ++h)
        truth.push_back(hit(h, h <= 4 ? 1 : h <= 7 ? 2 : h <= 9 ? 3 : 0, 0.1));
    const TrackAssignment assignment{
        {1, 100}, {2, 100}, {3, 100}, {5, 100}, // particle 1: 3 of 4 hits, purity 3/4: good, 0.3
        {4, 200}, {6, 200}, {7, 200},           // particle 2: 2 of 3 hits, purity 2/3: good, 0.2
        {8, 300}, {10, 300}};                   // particle 3 and noise tie at one hit: not good
    // hit 9 unassigned: a one-hit track of particle 3, which has two hits: not good
    const auto score = scoreEvent(truth, assignment);
    ASSERT_TRUE(score.ok()) << score.error().describe();
    EXPECT_NEAR(score->score, 0.5, 1e-12);
    EXPECT_EQ(score->tracks, 3U);
    EXPECT_EQ(score->goodTracks, 2U);
    EXPECT_EQ(score->assignedHits, 9U);
}

TEST(TrackmlScore, TiesGoToTheSmallestParticleId) {
    const std::vector<TruthHit> truth{hit(1, 9, 0.1), hit(2, 9, 0.1), hit(3, 4, 0.1), hit(4, 4, 0.1),
                                      hit(5, 7, 0.1), hit(6, 0, 0.1), hit(7, 7, 0.1)};
    const auto matches = matchTracks(truth, {{1, 1}, {2, 1}, {3, 1}, {4, 1}, {5, 2}, {6, 2}});
    ASSERT_TRUE(matches.ok());
    ASSERT_EQ(matches->size(), 3U) << "two tracks and the unassigned hit 7";
    EXPECT_EQ((*matches)[0].majorityParticleId, 4U) << "4 and 9 tie with two hits";
    EXPECT_EQ((*matches)[0].majorityHitCount, 2U);
    EXPECT_DOUBLE_EQ((*matches)[0].purity(), 0.5);
    EXPECT_EQ((*matches)[1].majorityParticleId, 0U) << "noise wins a tie";
    EXPECT_EQ((*matches)[1].majorityParticleHitCount, 1U);
    EXPECT_FALSE((*matches)[2].trackId.has_value());
    EXPECT_EQ((*matches)[2].majorityParticleId, 7U);
    EXPECT_DOUBLE_EQ((*matches)[2].particleFraction(), 0.5);
}

TEST(TrackmlScore, UnassignedHitIsAOneHitTrackAsInTheReference) {
    // Particle 8 made a single hit: left out of the submission it still scores, as the reference has it.
    const std::vector<TruthHit> truth{hit(1, 5, 0.3), hit(2, 5, 0.3), hit(3, 8, 0.4)};
    const auto score = scoreEvent(truth, {{1, 1}, {2, 1}});
    ASSERT_TRUE(score.ok());
    EXPECT_NEAR(score->score, 1.0, 1e-12);
    EXPECT_EQ(score->goodTracks, 1U) << "the unassigned hit is no submitted track";
    EXPECT_EQ(score->tracks, 1U);
    // Two unassigned hits of one particle are two one-hit tracks, neither good.
    EXPECT_NEAR(scoreOf(truth, {{3, 1}}), 0.4, 1e-12);
}

TEST(TrackmlScore, UnknownHitIsRefused) {
    const auto score = scoreEvent(threeParticles(), {{1, 1}, {12, 1}, {40, 2}});
    ASSERT_FALSE(score.ok());
    EXPECT_EQ(score.error().kind, ErrorKind::BadInput);
    EXPECT_NE(score.error().message.find("2 hit(s)"), std::string::npos) << score.error().message;
    EXPECT_NE(score.error().message.find("hit_id 12"), std::string::npos) << score.error().message;
}

TEST(TrackmlScore, MissingTruthIsRefused) {
    const auto score = scoreEvent({}, {{1, 1}});
    ASSERT_FALSE(score.ok());
    EXPECT_EQ(score.error().kind, ErrorKind::BadInput);
    EXPECT_NE(score.error().message.find("truth"), std::string::npos);
}

TEST(TrackmlScore, ZeroTotalWeightIsRefused) {
    const auto score = scoreEvent({hit(1, 5, 0.0), hit(2, 5, 0.0)}, {{1, 1}, {2, 1}});
    ASSERT_FALSE(score.ok());
    EXPECT_NE(score.error().message.find("undefined"), std::string::npos);
}

/// The score recounted the plain way: per track a map particle -> (hits, weight).
double recount(const std::vector<TruthHit>& truth, const TrackAssignment& assignment) {
    std::map<std::uint64_t, std::size_t> particleHits;
    double total = 0;
    for (const auto& h : truth) {
        ++particleHits[h.particleId];
        total += h.weight;
    }
    std::map<std::uint64_t, std::map<std::uint64_t, std::pair<std::size_t, double>>> tracks;
    double score = 0;
    for (const auto& h : truth) {
        const auto it = assignment.find(h.hitId);
        if (it == assignment.end()) {
            score += particleHits[h.particleId] == 1 ? h.weight : 0.0;
            continue;
        }
        auto& [count, weight] = tracks[it->second][h.particleId];
        ++count;
        weight += h.weight;
    }
    for (const auto& [track, particles] : tracks) {
        std::size_t size = 0;
        for (const auto& [particle, entry] : particles)
            size += entry.first;
        for (const auto& [particle, entry] : particles)
            if (2 * entry.first > size && 2 * entry.first > particleHits[particle])
                score += entry.second;
    }
    return score / total;
}

TEST(TrackmlScore, AgreesWithAPlainRecountOnRandomEvents) {
    std::mt19937_64 random(20180501);
    for (int event = 0; event < 50; ++event) {
        std::vector<TruthHit> truth;
        std::uniform_int_distribution<std::uint64_t> particle(0, 30);
        std::uniform_real_distribution<double> weight(0.0, 1.0);
        for (std::uint64_t h = 1; h <= 300; ++h)
            truth.push_back(hit(h, particle(random), weight(random)));
        TrackAssignment assignment;
        std::bernoulli_distribution keep(0.95), mistake(0.15);
        std::uniform_int_distribution<std::uint64_t> track(0, 40);
        for (const auto& h : truth)
            if (keep(random))
                assignment[h.hitId] = mistake(random) ? track(random) : h.particleId;
        const auto score = scoreEvent(truth, assignment);
        ASSERT_TRUE(score.ok());
        EXPECT_NEAR(score->score, recount(truth, assignment), 1e-12) << "event " << event;
        EXPECT_GT(score->score, 0.3) << "most hits are on their particle's track";
    }
}

} // namespace
} // namespace lupa::tracking
