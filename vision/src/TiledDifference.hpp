// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once
// The template-difference anomaly map computed tile by tile (vision-internal).

#include <lupa/core/inspection/ModuleType.hpp>
#include <lupa/vision/Photometric.hpp>
#include <lupa/vision/TemplateDifference.hpp>

#include <opencv2/core/mat.hpp>
#include <opencv2/core/matx.hpp>

#include <vector>

namespace lupa::vision {

/// What the tiled anomaly map is computed from.
struct TiledDifferenceInput {
    cv::Mat tested;                ///< tested image, 8-bit grey, its own frame
    cv::Mat reference;             ///< golden reference, 8-bit grey
    cv::Matx33d testedToReference; ///< homography from tested to reference pixels
    PhotometricMethod photometric = PhotometricMethod::None;
    TemplateDifferenceConfig difference;
    double threshold = 0.3; ///< raw difference mapped to 1.0
    std::vector<inspection::RegionOfInterest> regions;
    int tileSidePx = 1024; ///< side of the square tiles of the reference frame (px)
};

/// The normalised anomaly map (F32, reference frame, 1.0 = at threshold, weighted by the regions) of
/// the tested image against the reference, computed on tiles of the reference frame that overlap by
/// the reach of the difference filters, in parallel; only the tiles and the map itself are allocated,
/// never a warped copy of the whole image. Equal to the whole-image computation (templateDifferenceMap
/// of the warped, normalised image) except with CLAHE, which equalises each tile on its own.
[[nodiscard]] cv::Mat tiledAnomalyMap(const TiledDifferenceInput& input);

/// How far (px) a tile must extend beyond the pixels it writes so they equal a whole-image computation.
[[nodiscard]] int tileMarginPx(const TemplateDifferenceConfig& config);

} // namespace lupa::vision
