// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace lupa::trackml {

/// The event prefixes of a folder: every `<prefix>-hits.csv` or `<prefix>-hits.csv.gz` in it (not in
/// subfolders), as "<folder>/<prefix>", sorted. An Io error when the folder cannot be listed, a BadInput
/// error when it holds no event.
[[nodiscard]] Result<std::vector<std::string>> eventPrefixesIn(const std::filesystem::path& folder);

} // namespace lupa::trackml
