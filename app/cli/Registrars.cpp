// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "Registrars.hpp"

#include <array>

namespace lupa::cli {

// Each capability defines its registrar in its own file (e.g. InspectCommands.cpp) and adds one line here.
void registerDemoCommands(CLI::App& root, CommandRegistry& registry);

std::span<const Registrar> registrars() {
    static constexpr std::array<Registrar, 1> kRegistrars{
        &registerDemoCommands,
    };
    return kRegistrars;
}

} // namespace lupa::cli
