// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "CliCommand.hpp"

#include <span>

namespace lupa::cli {

/// Adds the subcommands of one capability to the root command.
using Registrar = void (*)(CLI::App& root, CommandRegistry& registry);

/// Every capability's registrar, in the order their subcommands appear in --help.
[[nodiscard]] std::span<const Registrar> registrars();

} // namespace lupa::cli
