// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Version.hpp>

#include <vector>

namespace lupa::vision {

/// The libraries linked into lupa's vision library (OpenCV).
[[nodiscard]] std::vector<LibraryVersion> libraryVersions();

} // namespace lupa::vision
