// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "AlignmentResidual.hpp"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace lupa::vision {
namespace {

constexpr int kTilesPerSide = 3;
constexpr int kMaxTileSidePx = 192;
constexpr int kMinTileSidePx = 24;
constexpr int kTileSearchPx = 3;
constexpr double kMinTileStdDev = 12.0;     // grey levels; flatter tiles cannot be measured
constexpr double kMinTileCorrelation = 0.3; // below: the tile shows something else
constexpr double kMinTileSharpness = 0.05;  // correlation drop 1 px beside the peak, in both directions
constexpr int kEdgeContextPx = 8;           // reach of the smoothing and Sobel filters of edgeStrength

/// Vertex offset (-0.5–0.5) of the parabola through three samples around a maximum.
double parabolaPeak(float before, float centre, float after) {
    const double curvature = before - 2.0 * centre + after;
    return curvature < 0.0 ? std::clamp(0.5 * (before - after) / curvature, -0.5, 0.5) : 0.0;
}

/// Gradient magnitude of the lightly smoothed image (F32): sharp ridges on edges make the correlation
/// peak narrow, where the grey levels of large flat regions would make it nearly flat.
cv::Mat edgeStrength(const cv::Mat& grey) {
    cv::Mat smooth;
    cv::GaussianBlur(grey, smooth, {0, 0}, 1.0);
    cv::Mat dx;
    cv::Mat dy;
    cv::Sobel(smooth, dx, CV_32F, 1, 0);
    cv::Sobel(smooth, dy, CV_32F, 0, 1);
    cv::Mat magnitude;
    cv::magnitude(dx, dy, magnitude);
    return magnitude;
}

} // namespace

PatchShift matchPatch(const cv::Mat& moving, const cv::Mat& reference, const cv::Rect& patch, int searchPx) {
    PatchShift result;
    const cv::Rect window(patch.x - searchPx, patch.y - searchPx, patch.width + 2 * searchPx,
                          patch.height + 2 * searchPx);
    if ((window & cv::Rect({0, 0}, reference.size())) != window) {
        return result;
    }
    cv::Mat scores;
    cv::matchTemplate(reference(window), moving(patch), scores, cv::TM_CCOEFF_NORMED);
    double best = 0.0;
    cv::Point at;
    cv::minMaxLoc(scores, nullptr, &best, nullptr, &at);
    result.correlation = best;
    result.shift = {static_cast<double>(at.x - searchPx), static_cast<double>(at.y - searchPx)};
    result.inside = at.x > 0 && at.y > 0 && at.x < scores.cols - 1 && at.y < scores.rows - 1;
    if (result.inside) {
        const float centre = scores.at<float>(at.y, at.x);
        result.sharpness =
            centre - std::max({scores.at<float>(at.y, at.x - 1), scores.at<float>(at.y, at.x + 1),
                               scores.at<float>(at.y - 1, at.x), scores.at<float>(at.y + 1, at.x)});
        result.shift.x += parabolaPeak(scores.at<float>(at.y, at.x - 1), scores.at<float>(at.y, at.x),
                                       scores.at<float>(at.y, at.x + 1));
        result.shift.y += parabolaPeak(scores.at<float>(at.y - 1, at.x), scores.at<float>(at.y, at.x),
                                       scores.at<float>(at.y + 1, at.x));
    }
    return result;
}

double ResidualEstimate::rmsShift() const {
    if (matched.empty()) {
        return 0.0;
    }
    // RMS over the better-fitting half of the tiles: a tile whose edges run mostly one way wanders along
    // them and would inflate a plain RMS.
    std::vector<double> squares;
    for (const PatchShift& tile : matched) {
        squares.push_back(tile.shift.dot(tile.shift));
    }
    std::sort(squares.begin(), squares.end());
    const std::size_t kept = (squares.size() + 1) / 2;
    double sum = 0.0;
    for (std::size_t i = 0; i < kept; ++i) {
        sum += squares[i];
    }
    return std::sqrt(sum / static_cast<double>(kept));
}

double ResidualEstimate::matchedFraction() const {
    return texturedTiles == 0 ? 0.0 : static_cast<double>(matched.size()) / texturedTiles;
}

ResidualEstimate measureTileShifts(const AlignedWindowSource& moving, const cv::Mat& reference) {
    ResidualEstimate estimate;
    const int side = std::min(
        {kMaxTileSidePx, reference.cols / (kTilesPerSide + 1), reference.rows / (kTilesPerSide + 1)});
    if (side < kMinTileSidePx) {
        return estimate;
    }
    const cv::Rect image({0, 0}, reference.size());
    for (int ty = 0; ty < kTilesPerSide; ++ty) {
        for (int tx = 0; tx < kTilesPerSide; ++tx) {
            // Tiles centred in each third of the image, clear of the border by the search range.
            const int x = (reference.cols * (2 * tx + 1)) / (2 * kTilesPerSide) - side / 2;
            const int y = (reference.rows * (2 * ty + 1)) / (2 * kTilesPerSide) - side / 2;
            const cv::Rect tile(x, y, side, side);
            const cv::Rect window(x - kTileSearchPx, y - kTileSearchPx, side + 2 * kTileSearchPx,
                                  side + 2 * kTileSearchPx);
            // Edge strengths are computed with the filters' context around the window.
            const cv::Rect padded =
                cv::Rect(window.x - kEdgeContextPx, window.y - kEdgeContextPx,
                         window.width + 2 * kEdgeContextPx, window.height + 2 * kEdgeContextPx) &
                image;
            const WarpedWindow aligned = moving(padded);
            if (!aligned.valid.empty() &&
                cv::countNonZero(aligned.valid(window - padded.tl())) < window.area()) {
                continue;
            }
            cv::Scalar mean;
            cv::Scalar stdDev;
            cv::meanStdDev(reference(tile), mean, stdDev);
            if (stdDev[0] < kMinTileStdDev) {
                continue;
            }
            ++estimate.texturedTiles;
            const PatchShift shift = matchPatch(edgeStrength(aligned.grey), edgeStrength(reference(padded)),
                                                tile - padded.tl(), kTileSearchPx);
            if (shift.inside && shift.sharpness < kMinTileSharpness) {
                --estimate.texturedTiles; // edges along one direction only: cannot measure a 2D shift
            } else if (shift.inside && shift.correlation >= kMinTileCorrelation) {
                estimate.matched.push_back(shift);
            }
        }
    }
    return estimate;
}

} // namespace lupa::vision
