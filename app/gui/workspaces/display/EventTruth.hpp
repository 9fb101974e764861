// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "HitDetails.hpp"

#include <lupa/core/Result.hpp>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace lupa::app {

/// Which truth the event display found next to a hits file.
struct TruthFound {
    bool particles = false; ///< the truth file gave every hit its particle
    bool momentum = false;  ///< the particles file gave the particles their pT
};

/// The TrackML event prefix of a hits file ("a/event000000001" for "a/event000000001-hits.csv" or
/// ".csv.gz"), or nothing when the name does not end that way.
[[nodiscard]] std::optional<std::string> trackmlPrefix(const std::filesystem::path& hitsFile);

/// Fills the particle and pT of `details` from the TrackML truth and particles files of the event
/// `prefix`, when they exist (plain or gzip). BadRecord errors name the truth file and the record of a
/// hit id the hits file does not have; the core readers name file and line of malformed rows.
[[nodiscard]] Result<TruthFound> attachTruth(const std::string& prefix, std::vector<HitDetails>& details);

} // namespace lupa::app
