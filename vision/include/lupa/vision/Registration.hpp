// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/vision/Image.hpp>

#include <array>
#include <string>

namespace lupa::vision {

/// Keypoint detector used for the coarse, feature-based alignment.
enum class FeatureDetector {
    Orb,   ///< oriented FAST + rotated BRIEF: fast, rotation invariant
    Akaze, ///< accelerated KAZE: slower, more robust to blur and scale
};

/// How a module photo is aligned to its golden reference.
struct RegistrationConfig {
    FeatureDetector detector = FeatureDetector::Orb;
    int maxFeatures = 3000;          ///< keypoints kept per image
    double ransacThresholdPx = 3.0;  ///< RANSAC reprojection threshold (px, reference image)
    int minInliers = 15;             ///< fewer RANSAC inliers -> registration failed
    bool eccRefinement = true;       ///< refine the coarse homography with ECC (sub-pixel)
    int eccIterations = 60;          ///< ECC iterations at the refinement level
    bool eccHomography = true;       ///< ECC motion: homography (true) or affine (false)
    int eccMaxSidePx = 1024;         ///< ECC runs on a copy downscaled to at most this side (px)
    double maxResidualPx = 1.5;      ///< larger residual misalignment -> registration failed (px)
    bool tryIdentityFirst = true;    ///< fast path for nearly aligned pairs (no features)
    double fastPathMaxShiftPx = 8.0; ///< fast path searches a translation up to this size (px)
    /// Fast path keeps whole-pixel translations and skips ECC (binarised scans such as DeepPCB, whose
    /// edges carry no sub-pixel information); otherwise an affine ECC polishes the translation.
    bool fastPathWholePixels = false;
};

/// The geometric relation between a tested image and its reference. A failed registration is not an
/// error: `ok` is false, `failureReason` says why, and the inspection verdict becomes REVIEW.
struct Registration {
    /// Homography mapping moving-image pixel coordinates to reference pixel coordinates, row-major
    /// (x_ref ~ H * (x, y, 1)); the identity when nothing better is known.
    std::array<double, 9> homography{1, 0, 0, 0, 1, 0, 0, 0, 1};
    int inliers = 0;           ///< RANSAC inliers of the feature path (0 on the fast path)
    double residualPx = 0.0;   ///< RMS residual shift measured after alignment (px, reference image)
    bool ok = false;           ///< true when the alignment can be trusted
    bool usedFastPath = false; ///< true when the identity/translation fast path was taken
    std::string failureReason; ///< why ok is false ("" when ok)
};

/// Aligns `moving` to `reference`. Fast path for nearly aligned pairs of the same size: a central patch
/// is matched (normalised cross-correlation) within ±fastPathMaxShiftPx, its four quadrants must agree
/// within maxResidualPx (their RMS disagreement is then the residual).
/// Otherwise keypoints + RANSAC homography (any rotation, about ±10 % scale), then ECC refinement for
/// sub-pixel accuracy. The residual is the RMS shift left between the warped image and the reference,
/// measured by normalised cross-correlation (±3 px) on 3 × 3 textured tiles; registration fails when
/// fewer than half of those tiles correlate or the residual exceeds maxResidualPx. Any depth and channel
/// count is accepted (converted to 8-bit grey). An error only for empty images.
[[nodiscard]] Result<Registration> registerToReference(const Image& moving, const Image& reference,
                                                       const RegistrationConfig& config);

/// `moving` resampled (bilinear) into the reference frame of `width` × `height` px using the
/// registration's homography; pixels with no source are 0. Keeps depth and channels.
[[nodiscard]] Image warpToReference(const Image& moving, const Registration& registration, int width,
                                    int height);

} // namespace lupa::vision
