// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace lupa {

/// A library lupa uses and its version as found at build time ("TBB", "2021.8.0").
using LibraryVersion = std::pair<std::string, std::string>;

/// lupa's own version ("0.1.0").
[[nodiscard]] std::string version();

/// The libraries linked into lupa's core library (compiler, fmt, TBB, HDF5, ...).
[[nodiscard]] std::vector<LibraryVersion> coreLibraryVersions();

} // namespace lupa
