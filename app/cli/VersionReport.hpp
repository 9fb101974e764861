// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Json.hpp>

namespace lupa::cli {

/// lupa's version and the versions of the libraries lupa-cli links, as a JSON object.
[[nodiscard]] Json versionReport();

/// Prints the version report on stdout, as one JSON object when `json`; returns 0.
int printVersion(bool json);

} // namespace lupa::cli
