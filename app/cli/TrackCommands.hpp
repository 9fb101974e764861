// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once
// `lupa-cli track simulate|train|run|score`: tracking (the contract is in DESIGN.md).

#include "CliCommand.hpp"

#include <chrono>
#include <string>

namespace lupa::cli {

/// Options of `lupa-cli track score`.
struct TrackScoreOptions {
    std::string event;      ///< event prefix, e.g. "data/event000000001"
    std::string submission; ///< TrackML submission CSV (plain or gzip)
    std::string out;        ///< also write the JSON here ("" = do not)
    double minPt = 1.0;     ///< pT cut of the particles the efficiency counts [GeV]
};

/// Scores a submission against the event's truth: TrackML score, efficiency, fake and duplicate rate.
[[nodiscard]] Result<CommandOutput> runTrackScore(const TrackScoreOptions& options);

/// Adds `track simulate` to the `track` group (TrackSimulateCommand.cpp).
void addTrackSimulateCommand(CLI::App& group, CommandRegistry& registry);
/// Adds `track score` to the `track` group (TrackScoreCommand.cpp).
void addTrackScoreCommand(CLI::App& group, CommandRegistry& registry);
/// Adds `track run` to the `track` group (TrackRunCommand.cpp).
void addTrackRunCommand(CLI::App& group, CommandRegistry& registry);
/// Adds `track train` to the `track` group (TrackTrainCommand.cpp).
void addTrackTrainCommand(CLI::App& group, CommandRegistry& registry);

/// Wall-clock time since `start` [s].
[[nodiscard]] inline double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace lupa::cli
