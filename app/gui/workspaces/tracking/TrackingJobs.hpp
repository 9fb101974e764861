// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "TrackGnnPlugin.hpp"

#include <lupa/core/tracking/GnnTracker.hpp>
#include <lupa/core/tracking/TrackMetrics.hpp>
#include <lupa/core/tracking/TrackmlScore.hpp>
#include <lupa/widgets/JobManager.hpp>

#include <QCoreApplication>
#include <QString>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lupa::app {

class EpochRelay;

/// The two reconstructions the workspace compares.
enum class TrackingMethod { Baseline = 0, Gnn = 1 };

/// One reconstructed event and, when its truth was there, its scores.
struct TrackingOutcome {
    TrackingMethod method = TrackingMethod::Baseline;
    std::string event;                             ///< event prefix
    std::size_t hits = 0;                          ///< hits of the event
    std::size_t tracks = 0;                        ///< track candidates found
    double seconds = 0;                            ///< reconstruction time, reading and scoring aside [s]
    std::optional<tracking::TrackmlScore> score;   ///< absent without truth
    std::optional<tracking::TrackMetrics> metrics; ///< absent without truth or particles
    QString scoreNote;                             ///< why there is no score, empty when there is one
};

/// What a job of the Tracking workspace leaves for the GUI thread, read once it finished successfully.
struct TrackingJobOutput {
    std::vector<std::string> prefixes;              ///< simulate: the events written
    std::optional<cli::TrackTrainSummary> trained;  ///< train: what training reported
    std::shared_ptr<const TrackingOutcome> outcome; ///< baseline or GNN run
};

/// What a simulation job writes.
struct TrackingSimulation {
    std::filesystem::path folder;
    int events = 1;
    double mu = 0; ///< mean pile-up
    std::uint64_t seed = 1;
};

/// The job bodies of the Tracking workspace, for widgets::JobManager. Each copies what it needs, writes
/// its result into `out` and returns a summary for the Jobs panel.
class TrackingJobs {
    Q_DECLARE_TR_FUNCTIONS(lupa::app::TrackingJobs)
public:
    using Work = widgets::JobManager::Work;
    using Output = std::shared_ptr<TrackingJobOutput>;

    /// Simulates events (built-in TrackML-like layout, 2 T) into the folder as TrackML CSV.
    static Work simulation(TrackingSimulation simulation, Output out);
    /// Reconstructs event `prefix` with the classical baseline and scores it when it has truth.
    static Work baseline(std::string prefix, Output out);
    /// Trains the GNN pipeline on the events `prefixes` in the GNN module and writes the model to
    /// `model`, reporting every epoch to `relay` as training `run`.
    static Work training(std::vector<std::string> prefixes, tracking::GnnTrainConfig config,
                         std::filesystem::path model, std::shared_ptr<EpochRelay> relay, int run, Output out);
    /// Reconstructs event `prefix` with the GNN model file `model` and scores it when it has truth.
    static Work gnn(std::string prefix, std::filesystem::path model, Output out);
};

/// The name of a method for people: "Baseline" or "GNN".
[[nodiscard]] QString methodName(TrackingMethod method);

} // namespace lupa::app
