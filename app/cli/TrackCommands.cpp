// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Registers `lupa-cli track simulate|score` (the contract is in DESIGN.md).
#include "TrackCommands.hpp"

#include <CLI/CLI.hpp>

namespace lupa::cli {

void registerTrackCommands(CLI::App& root, CommandRegistry& registry) {
    CLI::App* group =
        CommandRegistry::addGroup(root, "track", "Tracking: simulate events, reconstruct and score tracks");
    addTrackSimulateCommand(*group, registry);
    addTrackTrainCommand(*group, registry);
    addTrackRunCommand(*group, registry);
    addTrackScoreCommand(*group, registry);
}

} // namespace lupa::cli
