// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "InspectionOutcome.hpp"

#include <lupa/vision/Verdict.hpp>
#include <lupa/widgets/inspection/DefectMarker.hpp>
#include <lupa/widgets/inspection/DefectRow.hpp>

#include <QColor>
#include <QString>

#include <vector>

namespace lupa::app {

/// The table rows of `outcome`'s defects (numbered from 1), with `status` (a DefectStatus per defect).
[[nodiscard]] std::vector<widgets::DefectRow> defectRows(const InspectionOutcome& outcome,
                                                         const std::vector<int>& status);

/// The boxes of `outcome`'s defects for the image view, coloured by status: open red, confirmed dark red,
/// overruled grey.
[[nodiscard]] std::vector<widgets::DefectMarker> defectMarkers(const InspectionOutcome& outcome,
                                                               const std::vector<int>& status);

/// The colour of a defect box with `status`.
[[nodiscard]] QColor statusColour(int status);

/// The colour of a verdict: PASS green, FAIL red, REVIEW amber.
[[nodiscard]] QColor verdictColour(vision::Verdict verdict);

} // namespace lupa::app
