// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/vision/Image.hpp>

namespace lupa::vision {

/// How the two one-sided neighbourhood differences are combined.
enum class DifferenceCombine {
    Min, ///< both images must disagree with each other: suppresses one-sided noise and edge shifts
    Max, ///< either image disagreeing suffices: more sensitive to thin defects
};

/// Parameters of the shift-tolerant template difference.
struct TemplateDifferenceConfig {
    int neighbourhoodRadiusPx =
        1; ///< a pixel is compared with the other image's min/max over this radius (px)
    DifferenceCombine combine = DifferenceCombine::Min;
    double smoothingSigmaPx = 1.0; ///< Gaussian smoothing of the difference (px; 0 = none)
    int invalidBorderPx = 3;       ///< pixels this close to registration-invalid pixels are ignored (px)
};

/// The difference between a registered tested image and its reference as an F32 map (0 = same, 1 = black
/// against white), tolerant to sub-pixel shifts: each pixel of one image is compared with the range
/// [min, max] of the other image over a (2r+1)² neighbourhood, in both directions, and the two one-sided
/// distances are combined; then lightly smoothed. Inputs of any depth are converted to 8-bit grey and must
/// have the same size. `validMask` (8-bit, non-zero = valid, reference size; empty = all valid) marks
/// pixels the registration covers; the map is 0 on invalid pixels and within invalidBorderPx of them.
/// Returns an empty image when the sizes differ.
[[nodiscard]] Image templateDifferenceMap(const Image& registered, const Image& reference,
                                          const TemplateDifferenceConfig& config,
                                          const Image& validMask = Image());

} // namespace lupa::vision
