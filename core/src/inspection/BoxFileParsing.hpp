// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once
// The line parser shared by readBoxFile and readDetectionFile (private to core).

#include <lupa/core/Result.hpp>
#include <lupa/core/inspection/Detection.hpp>

#include <filesystem>
#include <optional>
#include <vector>

namespace lupa::inspection::detail {

/// One line of a box file: the box with its class, and the confidence when the line has one.
struct ParsedBoxLine {
    LabelledBox box;
    std::optional<double> confidence;
    std::int64_t line = 0; ///< 1-based line number in the file
};

/// Reads and validates every non-blank line of a box file in either format (see DeepPcb.hpp).
[[nodiscard]] Result<std::vector<ParsedBoxLine>> parseBoxFile(const std::filesystem::path& path);

} // namespace lupa::inspection::detail
