// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// The GNN pipeline learns: trained on small simulated events for a few epochs, its edge classifier and tracks
// beat what an untrained one gives (bounds measured, with margin; docs/tracking.md has the full-size
// numbers).
#include "SimulatedEvent.hpp"

#include <lupa/core/tracking/GnnTracker.hpp>
#include <lupa/core/tracking/Simulation.hpp>
#include <lupa/core/tracking/TrackMetrics.hpp>
#include <lupa/core/tracking/TrackmlScore.hpp>

#include <gtest/gtest.h>

namespace lupa::tracking {
namespace {

using test::simulatedEvent;

TEST(GnnQuality, TrainedPipelineFindsTracks) {
    std::vector<trackml::Event> training;
    for (std::uint64_t seed = 1; seed <= 8; ++seed)
        training.push_back(simulatedEvent(2, seed));
    GnnTrainConfig config;
    config.network.hidden = 16;
    config.network.steps = 2;
    config.training.epochs = 20;
    config.training.learningRate = 1e-2;
    config.training.validationFraction = 0.25;
    const auto model = trainGnn(training, config);
    ASSERT_TRUE(model.ok()) << model.error().describe();
    const auto& losses = model->training["trainLoss"];
    EXPECT_LT(losses.back().get<double>(), 0.8 * losses.front().get<double>());

    const auto event = simulatedEvent(5, 77);
    const auto result = reconstructGnn(event.hits, *model);
    ASSERT_TRUE(result.ok()) << result.error().describe();
    const auto truth = edgeTruth(event, result->graph);
    ASSERT_TRUE(truth.ok());
    const auto graphPurity = edgeQuality(*truth).purity;
    const auto kept = edgeQuality(*truth, result->scores, model->segmentation.edgeCut);
    EXPECT_GT(kept.efficiency, 0.45) << "measured 0.57";
    EXPECT_GT(kept.purity, 4 * graphPurity) << "measured 0.71 from a graph of purity " << graphPurity;
    const auto assignment = assignmentOf(event.hits, result->trackOfHit);
    const auto score = scoreEvent(event.truth, assignment);
    const auto metrics = evaluateTrackMetrics(event.truth, event.particles, assignment);
    ASSERT_TRUE(score.ok() && metrics.ok());
    EXPECT_GT(score->score, 0.4) << "measured 0.50";
    EXPECT_LT(metrics->fakeRate, 0.2) << "measured 0.10";
}

} // namespace
} // namespace lupa::tracking
