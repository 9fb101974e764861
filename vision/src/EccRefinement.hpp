// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once
// Private: sub-pixel refinement of a homography by enhanced correlation coefficient maximisation.

#include <opencv2/core.hpp>

namespace lupa::vision {

/// What ECC made of an initial homography.
struct EccRefinement {
    cv::Matx33d homography = cv::Matx33d::eye(); ///< moving -> reference (the initial one if ECC failed)
    double correlation = 0.0;                    ///< final correlation coefficient (0 when ECC failed)
    bool converged = false;
};

/// Refines `initial` (moving -> reference) with cv::findTransformECC on copies of both 8-bit grey images
/// downscaled so that the reference's longer side is at most `maxSidePx`. `homography` selects
/// MOTION_HOMOGRAPHY, otherwise MOTION_AFFINE. Never throws: a diverging ECC keeps `initial`.
[[nodiscard]] EccRefinement refineWithEcc(const cv::Mat& moving, const cv::Mat& reference,
                                          const cv::Matx33d& initial, bool homography, int iterations,
                                          int maxSidePx);

} // namespace lupa::vision
