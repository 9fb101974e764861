// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "AlignmentResidual.hpp"
#include "EccRefinement.hpp"
#include "FeatureAlignment.hpp"
#include "ImageAccess.hpp"

#include <lupa/vision/Registration.hpp>

#include <fmt/format.h>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <optional>

namespace lupa::vision {
namespace {

constexpr int kFastPathPatchSidePx = 512; // central patch matched around the identity
constexpr int kFastPathMinPatchSidePx = 32;
constexpr double kFastPathMinCorrelation = 0.8;
constexpr double kMinQuadrantStdDev = 12.0;   // grey levels; flatter quadrants say nothing about shifts
constexpr double kMinConfirmedFraction = 0.5; // textured tiles that must correlate after alignment
constexpr double kMaxEccCornerMovePx = 8.0;   // ECC may polish the coarse estimate, not replace it

cv::Matx33d toMatx(const std::array<double, 9>& h) {
    return {h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7], h[8]};
}

std::array<double, 9> toArray(const cv::Matx33d& h) {
    return {h(0, 0), h(0, 1), h(0, 2), h(1, 0), h(1, 1), h(1, 2), h(2, 0), h(2, 1), h(2, 2)};
}

/// Largest distance (px) by which two homographies map the corners of an image of `size`.
double cornerDisagreement(const cv::Matx33d& a, const cv::Matx33d& b, cv::Size size) {
    double worst = 0.0;
    for (const cv::Point2d corner : {cv::Point2d(0, 0), cv::Point2d(size.width, 0),
                                     cv::Point2d(0, size.height), cv::Point2d(size.width, size.height)}) {
        const cv::Vec3d p = a * cv::Vec3d(corner.x, corner.y, 1.0);
        const cv::Vec3d q = b * cv::Vec3d(corner.x, corner.y, 1.0);
        worst = std::max(worst, std::hypot(p[0] / p[2] - q[0] / q[2], p[1] / p[2] - q[1] / q[2]));
    }
    return worst;
}

/// Checks the final homography by the residual shift left on textured tiles and fills the result.
Registration confirm(Registration registration, const cv::Matx33d& h, const cv::Mat& moving,
                     const cv::Mat& reference, const RegistrationConfig& config) {
    registration.homography = toArray(h);
    const ResidualEstimate estimate = measureTileShifts(
        [&](const cv::Rect& window) { return warpWindow(moving, h, reference.size(), window); }, reference);
    if (estimate.texturedTiles > 0) {
        registration.residualPx = estimate.rmsShift();
        if (estimate.matchedFraction() < kMinConfirmedFraction) {
            registration.ok = false;
            registration.failureReason =
                fmt::format("the alignment is not confirmed: only {} of {} textured tiles correlate",
                            estimate.matched.size(), estimate.texturedTiles);
            return registration;
        }
    }
    if (registration.residualPx > config.maxResidualPx) {
        registration.ok = false;
        registration.failureReason = fmt::format("residual misalignment {:.2f} px exceeds {:.2f} px",
                                                 registration.residualPx, config.maxResidualPx);
        return registration;
    }
    registration.ok = true;
    registration.failureReason.clear();
    return registration;
}

/// True when the fast path's central patch spans less than half of the image along a side.
bool patchCoversLittleOf(cv::Size size) {
    return std::max(size.width, size.height) > 2 * kFastPathPatchSidePx;
}

/// Nearly aligned pairs (DeepPCB-like): a central patch of the moving image fits the reference within
/// fastPathMaxShiftPx, and the four quadrants agree with that translation within maxResidualPx (their
/// RMS disagreement is the residual). The translation is snapped to whole pixels when asked.
std::optional<Registration> tryFastPath(const cv::Mat& moving, const cv::Mat& reference,
                                        const RegistrationConfig& config) {
    const int search = std::max(1, static_cast<int>(std::ceil(config.fastPathMaxShiftPx)));
    const int width = std::min(kFastPathPatchSidePx, reference.cols - 2 * search - 2);
    const int height = std::min(kFastPathPatchSidePx, reference.rows - 2 * search - 2);
    if (width < kFastPathMinPatchSidePx || height < kFastPathMinPatchSidePx) {
        return std::nullopt;
    }
    const cv::Rect patch((reference.cols - width) / 2, (reference.rows - height) / 2, width, height);
    const PatchShift global = matchPatch(moving, reference, patch, search);
    if (!global.inside || global.correlation < kFastPathMinCorrelation) {
        return std::nullopt;
    }
    double sum = 0.0;
    int textured = 0;
    int agreeing = 0;
    for (int quadrant = 0; quadrant < 4; ++quadrant) {
        const cv::Rect part(patch.x + (quadrant % 2) * (width / 2), patch.y + (quadrant / 2) * (height / 2),
                            width / 2, height / 2);
        cv::Scalar mean;
        cv::Scalar stdDev;
        cv::meanStdDev(reference(part), mean, stdDev);
        if (stdDev[0] < kMinQuadrantStdDev) {
            continue;
        }
        ++textured;
        // Traces along one direction leave the shift along them undetermined: a quadrant may wander, so
        // only a majority has to agree.
        const PatchShift local = matchPatch(moving, reference, part, search);
        const cv::Point2d disagreement = local.shift - global.shift;
        if (local.inside && local.correlation >= kFastPathMinCorrelation &&
            cv::norm(disagreement) <= config.maxResidualPx) {
            ++agreeing;
            sum += disagreement.dot(disagreement);
        }
    }
    if (agreeing == 0 || 2 * agreeing < textured) {
        return std::nullopt; // not a plain translation: the full path decides
    }
    cv::Point2d shift = global.shift;
    if (config.fastPathWholePixels) {
        shift = {std::round(shift.x), std::round(shift.y)};
    }
    Registration registration;
    registration.usedFastPath = true;
    registration.ok = true;
    registration.residualPx = std::sqrt(sum / agreeing);
    cv::Matx33d h(1, 0, shift.x, 0, 1, shift.y, 0, 0, 1);
    if (config.eccRefinement && !config.fastPathWholePixels) {
        const EccRefinement refined =
            refineWithEcc(moving, reference, h, false, config.eccIterations, config.eccMaxSidePx);
        if (refined.converged &&
            cornerDisagreement(h, refined.homography, reference.size()) < kMaxEccCornerMovePx) {
            h = refined.homography;
        }
    }
    registration.homography = toArray(h);
    return registration;
}

Registration alignWithFeatures(const cv::Mat& moving, const cv::Mat& reference,
                               const RegistrationConfig& config) {
    const FeatureAlignment coarse = alignByFeatures(moving, reference, config);
    Registration registration;
    registration.inliers = coarse.inliers;
    registration.residualPx = coarse.inlierRmsPx;
    if (!coarse.found) {
        const cv::Matx33d stretch(static_cast<double>(reference.cols) / moving.cols, 0, 0, 0,
                                  static_cast<double>(reference.rows) / moving.rows, 0, 0, 0, 1);
        registration.homography = toArray(stretch);
        registration.failureReason = coarse.failureReason;
        return registration;
    }
    cv::Matx33d h = coarse.homography;
    if (config.eccRefinement) {
        const EccRefinement refined = refineWithEcc(moving, reference, h, config.eccHomography,
                                                    config.eccIterations, config.eccMaxSidePx);
        const double limit = std::max(kMaxEccCornerMovePx, 2.0 * config.ransacThresholdPx);
        if (refined.converged && cornerDisagreement(h, refined.homography, moving.size()) < limit) {
            h = refined.homography;
        }
    }
    return confirm(registration, h, moving, reference, config);
}

} // namespace

Result<Registration> registerToReference(const Image& moving, const Image& reference,
                                         const RegistrationConfig& config) {
    if (moving.empty() || reference.empty()) {
        return Error::badInput("cannot register an empty image");
    }
    const cv::Mat grey = matOf(toGray8(moving));
    const cv::Mat referenceGrey = matOf(toGray8(reference));
    try {
        if (config.tryIdentityFirst && grey.size() == referenceGrey.size()) {
            if (auto fast = tryFastPath(grey, referenceGrey, config); fast && fast->ok) {
                if (!patchCoversLittleOf(referenceGrey.size()))
                    return *fast;
                // The central patch says nothing about the corners of a large image (a slight rotation
                // moves them by many pixels): the whole-image tile check must agree too.
                Registration checked = confirm(*fast, toMatx(fast->homography), grey, referenceGrey, config);
                if (checked.ok)
                    return checked;
            }
        }
        return alignWithFeatures(grey, referenceGrey, config);
    } catch (const cv::Exception& e) {
        return Error::runtime(fmt::format("registration failed inside OpenCV: {}", e.err));
    }
}

Image warpToReference(const Image& moving, const Registration& registration, int width, int height) {
    cv::Mat out;
    cv::warpPerspective(matOf(moving), out, cv::Mat(toMatx(registration.homography)), cv::Size(width, height),
                        cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar::all(0));
    return imageOf(out);
}

} // namespace lupa::vision
