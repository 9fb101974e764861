// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once
// Regions of interest between a module-type file (core, reference pixels) and the inspection view
// (widgets, drawn on the image in the reference frame).

#include <lupa/core/inspection/ModuleType.hpp>
#include <lupa/widgets/inspection/RegionShape.hpp>

#include <vector>

namespace lupa::app {

/// The module type's regions as the inspection view draws them.
[[nodiscard]] std::vector<widgets::RegionShape>
regionShapesOf(const std::vector<inspection::RegionOfInterest>& regions);

/// The view's regions as a module type holds them; a kind the file format does not know (e.g. drawn
/// before kinds existed) becomes "generic".
[[nodiscard]] std::vector<inspection::RegionOfInterest>
regionsOfInterestOf(const std::vector<widgets::RegionShape>& shapes);

} // namespace lupa::app
