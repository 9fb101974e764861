// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "Registrars.hpp"

#include <array>

namespace lupa::cli {

// Each capability defines its registrar in its own file (e.g. InspectCommands.cpp) and adds one line here.
void registerDemoCommands(CLI::App& root, CommandRegistry& registry);
void registerRenderCommands(CLI::App& root, CommandRegistry& registry); // RenderCommand.cpp
void registerCaloCommands(CLI::App& root, CommandRegistry& registry);   // CaloCommands.cpp
void registerAnomalyCommands(CLI::App& root, CommandRegistry& registry); // AnomalyCommands.cpp
void registerInspectCommands(CLI::App& root, CommandRegistry& registry); // InspectCommands.cpp
void registerTrackCommands(CLI::App& root, CommandRegistry& registry);   // TrackCommands.cpp

std::span<const Registrar> registrars() {
    static constexpr std::array<Registrar, 6> kRegistrars{
        &registerDemoCommands,
        &registerInspectCommands,
        &registerTrackCommands,
        &registerRenderCommands,
        &registerCaloCommands,
        &registerAnomalyCommands,
    };
    return kRegistrars;
}

} // namespace lupa::cli
