// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Json.hpp>
#include <lupa/core/Result.hpp>
#include <lupa/core/calo/Binning.hpp>
#include <lupa/core/calo/Validation.hpp>

#include <filesystem>

namespace lupa::calo {

/// Writes the plots of a validation into `folder` as SVG: one histogram per feature (reference
/// filled, candidates as lines, ratio panel, separation power in the legend) and the average shower
/// of the reference and of each candidate. Returns the file names written, relative to `folder`.
[[nodiscard]] Result<Json> writeValidationPlots(const ValidationReport& report, const Binning& binning,
                                                const std::filesystem::path& folder);

/// Writes report.html into `folder`: the summary (FPD, KPD, classifiers), every feature's metrics
/// with a colour scale, and (with `withPlots`) the SVG plots of writeValidationPlots().
Result<void> writeValidationHtml(const ValidationReport& report, const std::filesystem::path& folder,
                                 bool withPlots);

/// Writes a whole evaluation into `folder` (created when missing): metrics.json (validationToJson()
/// plus the list of plots), report.html and, with `plots`, the SVG plots. Returns the JSON written.
[[nodiscard]] Result<Json> writeValidationOutputs(const ValidationReport& report, const Binning& binning,
                                                  const std::filesystem::path& folder, bool plots = true);

} // namespace lupa::calo
