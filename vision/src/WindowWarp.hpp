// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once
// One window of a moving image resampled into the reference frame, without warping the whole image
// (vision-internal): what tiled inspection and the registration check of large images are built on.

#include <opencv2/core/mat.hpp>
#include <opencv2/core/matx.hpp>

namespace lupa::vision {

/// Pixels of a reference-frame window taken from the moving image.
struct WarpedWindow {
    cv::Mat grey;  ///< moving pixels resampled (bilinear) into the window; 0 where there is no source
    cv::Mat valid; ///< 8-bit, 255 where a source pixel exists; empty when the window is wholly covered
};

/// `window` (reference frame) of `moving` (8-bit grey) mapped by `movingToReference`: equal to the same
/// window of a whole-image cv::warpPerspective (up to the rounding of sub-pixel positions), but reads and
/// allocates only what the window needs. With the identity and equal sizes (`referenceSize`), a view of
/// `moving` is returned without copying.
[[nodiscard]] WarpedWindow warpWindow(const cv::Mat& moving, const cv::Matx33d& movingToReference,
                                      cv::Size referenceSize, const cv::Rect& window);

/// True when `h` is the identity (to 1e-12).
[[nodiscard]] bool isIdentityHomography(const cv::Matx33d& h);

} // namespace lupa::vision
