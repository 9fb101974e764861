// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Version.hpp>

#include <vector>

namespace lupa::ml {

/// The machine-learning libraries behind lupa::core_ml ("libtorch", "1.13.0"), as found at build time.
/// Calling this does not load libtorch.
[[nodiscard]] std::vector<LibraryVersion> libraryVersions();

} // namespace lupa::ml
