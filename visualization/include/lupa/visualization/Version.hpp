// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Version.hpp>

#include <vector>

namespace lupa::visualization {

/// The libraries linked into lupa's visualization library (VTK).
[[nodiscard]] std::vector<LibraryVersion> libraryVersions();

} // namespace lupa::visualization
