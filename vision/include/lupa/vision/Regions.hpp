// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/inspection/Detection.hpp>
#include <lupa/core/inspection/ModuleType.hpp>
#include <lupa/vision/Image.hpp>

#include <vector>

namespace lupa::vision {

/// A normalised anomaly map (F32, reference coordinates, 1.0 = at threshold) weighted by the module
/// type's regions of interest: multiplied by each region's sensitivity, 0 inside "ignore" regions. Pixel
/// (x, y) lies in a region when inspection::polygonContains says the point (x, y) does. Where regions
/// overlap the later one counts; pixels outside every region keep their score. No regions: the map
/// unchanged.
[[nodiscard]] Image applyRegions(const Image& normalisedMap,
                                 const std::vector<inspection::RegionOfInterest>& regions);

/// Names each detection (boxes in reference coordinates) by the topmost region containing its box centre.
void nameDetectionRegions(std::vector<inspection::Detection>& detections,
                          const std::vector<inspection::RegionOfInterest>& regions);

} // namespace lupa::vision
