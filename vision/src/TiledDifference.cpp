// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "TiledDifference.hpp"

#include "HistogramMatching.hpp"
#include "ImageAccess.hpp"
#include "RegionWeights.hpp"
#include "WindowWarp.hpp"

#include <opencv2/core/utility.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <optional>

namespace lupa::vision {
namespace {

constexpr int kMinTileSidePx = 64;

/// One tile: the pixels it writes (`core`) and those it computes from (`padded`), reference frame.
struct Tile {
    cv::Rect core;
    cv::Rect padded;
};

std::vector<Tile> tilesOf(cv::Size size, int side, int margin) {
    std::vector<Tile> tiles;
    const cv::Rect whole({0, 0}, size);
    for (int y = 0; y < size.height; y += side) {
        for (int x = 0; x < size.width; x += side) {
            const cv::Rect core = cv::Rect(x, y, side, side) & whole;
            const cv::Rect padded = cv::Rect(core.x - margin, core.y - margin, core.width + 2 * margin,
                                             core.height + 2 * margin) &
                                    whole;
            tiles.push_back({core, padded});
        }
    }
    return tiles;
}

/// The tested image resampled into `area` of the reference and the mask of the pixels it covers (empty
/// = all); uncovered pixels take the reference's value so they neither differ nor skew histograms.
WarpedWindow alignTile(const TiledDifferenceInput& input, const cv::Rect& area) {
    WarpedWindow window = warpWindow(input.tested, input.testedToReference, input.reference.size(), area);
    if (!window.valid.empty())
        input.reference(area).copyTo(window.grey, window.valid == 0);
    return window;
}

/// Histogram of the aligned tested image over the whole reference frame (each tile's core once).
GreyHistogram alignedHistogram(const TiledDifferenceInput& input, const std::vector<Tile>& tiles) {
    GreyHistogram counts{};
    for (const Tile& tile : tiles) {
        const WarpedWindow aligned = alignTile(input, tile.core);
        accumulateHistogram(aligned.grey, counts);
    }
    return counts;
}

/// The normalised, region-weighted map of one padded tile.
cv::Mat tileMap(const TiledDifferenceInput& input, const Tile& tile, const cv::Mat& lut) {
    const WarpedWindow aligned = alignTile(input, tile.padded);
    cv::Mat tested = aligned.grey;
    cv::Mat reference = input.reference(tile.padded);
    if (!lut.empty()) {
        cv::LUT(aligned.grey, lut, tested);
    } else if (input.photometric == PhotometricMethod::Clahe) {
        tested = equaliseContrast(aligned.grey);
        reference = equaliseContrast(reference);
    }
    const Image difference =
        templateDifferenceMap(imageOf(tested), imageOf(reference), input.difference, imageOf(aligned.valid));
    cv::Mat map = matOf(difference) * (1.0 / input.threshold);
    weightByRegions(map, tile.padded.tl(), input.regions);
    return map;
}

} // namespace

int tileMarginPx(const TemplateDifferenceConfig& config) {
    // OpenCV's Gaussian kernel for F32 reaches about 4 sigma.
    const int blurReach = static_cast<int>(std::ceil(4.0 * std::max(config.smoothingSigmaPx, 0.0))) + 1;
    return std::max(config.neighbourhoodRadiusPx, 0) + blurReach + std::max(config.invalidBorderPx, 0) + 2;
}

cv::Mat tiledAnomalyMap(const TiledDifferenceInput& input) {
    const int side = std::max(input.tileSidePx, kMinTileSidePx);
    const std::vector<Tile> tiles = tilesOf(input.reference.size(), side, tileMarginPx(input.difference));
    cv::Mat lut;
    if (input.photometric == PhotometricMethod::HistogramMatch) {
        GreyHistogram target{};
        accumulateHistogram(input.reference, target);
        lut = histogramMatchingLut(alignedHistogram(input, tiles), target);
    }
    cv::Mat map(input.reference.size(), CV_32F);
    std::mutex failureMutex;
    std::optional<cv::Exception> failure;
    // Each tile writes its own core only; OpenCV runs the calls inside a tile single-threaded.
    cv::parallel_for_(cv::Range(0, static_cast<int>(tiles.size())), [&](const cv::Range& range) {
        for (int index = range.start; index < range.end; ++index) {
            const Tile& tile = tiles[static_cast<std::size_t>(index)];
            try {
                const cv::Mat padded = tileMap(input, tile, lut);
                padded(tile.core - tile.padded.tl()).copyTo(map(tile.core));
            } catch (const cv::Exception& e) {
                const std::lock_guard lock(failureMutex);
                if (!failure)
                    failure = e;
            }
        }
    });
    if (failure)
        throw *failure;
    return map;
}

} // namespace lupa::vision
