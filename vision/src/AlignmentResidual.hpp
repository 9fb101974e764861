// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once
// Private: local translation between two images by normalised cross-correlation in a small search window.

#include "WindowWarp.hpp"

#include <opencv2/core.hpp>

#include <functional>
#include <vector>

namespace lupa::vision {

/// Where a patch of the moving image fits best in the reference.
struct PatchShift {
    cv::Point2d shift;      ///< reference position - moving position of the patch content (px, sub-pixel)
    double correlation = 0; ///< normalised cross-correlation at the best fit (-1–1)
    bool inside = false;    ///< the best fit lies strictly inside the search window (not at its edge)
    /// Smaller of the correlation drops one pixel beside the peak along x and along y; near 0 when the
    /// patch only has edges along one direction (the shift along them is then undetermined).
    double sharpness = 0.0;
};

/// Best sub-pixel fit of `moving(patch)` in `reference` within ±searchPx of the same position (both 8-bit
/// grey or F32, same size; `patch` must keep searchPx clear of the image border).
[[nodiscard]] PatchShift matchPatch(const cv::Mat& moving, const cv::Mat& reference, const cv::Rect& patch,
                                    int searchPx);

/// Shifts measured on a grid of textured tiles after alignment.
struct ResidualEstimate {
    std::vector<PatchShift> matched; ///< tiles with a clear, interior correlation peak
    int texturedTiles = 0;           ///< tiles with enough texture to be measured
    /// RMS length of the better-fitting half of the matched shifts (px).
    [[nodiscard]] double rmsShift() const;
    /// Fraction of textured tiles that matched (0 when none was textured).
    [[nodiscard]] double matchedFraction() const;
};

/// The moving image's pixels in a window of the reference frame (see warpWindow).
using AlignedWindowSource = std::function<WarpedWindow(const cv::Rect& window)>;

/// Measures the local residual shift between the aligned moving image and `reference` (8-bit grey) on
/// 3 × 3 tiles searched ±3 px on their gradient magnitude; tiles whose correlation peak is flat along one
/// direction (edges in one direction only) are not counted, nor tiles touching pixels the moving image
/// does not cover. Only the tiles' windows are fetched from `moving`, so large images are never warped
/// whole.
[[nodiscard]] ResidualEstimate measureTileShifts(const AlignedWindowSource& moving, const cv::Mat& reference);

} // namespace lupa::vision
