// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// `lupa-cli track run`: track reconstruction of one TrackML event, written as a submission CSV.
#include "TrackCommands.hpp"

#include <CLI/CLI.hpp>

namespace lupa::cli {

void addTrackRunCommand(CLI::App& /*group*/, CommandRegistry& /*registry*/) {}

} // namespace lupa::cli
