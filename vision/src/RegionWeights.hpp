// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once
// Region weighting of one tile of an anomaly map (vision-internal).

#include <lupa/core/inspection/ModuleType.hpp>

#include <opencv2/core/mat.hpp>

#include <vector>

namespace lupa::vision {

/// Multiplies `tile` (F32, a piece of a normalised anomaly map whose top-left pixel is `origin` in
/// reference coordinates) by the sensitivity of the region each pixel lies in, 0 in "ignore" regions;
/// where regions overlap the later one counts, pixels outside every region keep their score.
void weightByRegions(cv::Mat& tile, cv::Point origin,
                     const std::vector<inspection::RegionOfInterest>& regions);

} // namespace lupa::vision
