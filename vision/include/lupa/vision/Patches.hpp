// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/core/inspection/Detection.hpp>
#include <lupa/core/ml/Tensor.hpp>
#include <lupa/vision/Image.hpp>

#include <cstdint>
#include <vector>

namespace lupa::vision {

/// How samplePatches() draws training patches from defect-free images.
struct PatchConfig {
    int size = 64;          ///< patch side (px)
    int count = 2000;       ///< number of patches
    std::uint64_t seed = 1; ///< seeds every random choice
    /// Patches sit on a grid of step size/2 over each image, each shifted by a random offset of up to
    /// this many pixels in x and y (px, clamped inside the image); size/4 or more covers every position.
    int maxShiftPx = 16;
    double brightnessJitter = 0.05; ///< a random offset in [-j, j] added to a patch (grey scaled to [0, 1])
    double contrastJitter = 0.05;   ///< a random gain in [1 - j, 1 + j] around the patch's mean
    double noiseSigma = 0.01;       ///< Gaussian noise per pixel (grey scaled to [0, 1]); 0 = none
};

/// `count` augmented patches of the images (any depth or channels, taken as 8-bit grey), as a tensor
/// [count, 1, size, size] of grey values clamped to [0, 1], for trainConvAutoencoder(). Images are
/// chosen in turn; same config, same patches. A BadInput error when no image is given or an image is
/// smaller than the patch, a Usage error for a size < 1, count < 1 or negative jitter.
[[nodiscard]] Result<ml::Tensor> samplePatches(const std::vector<Image>& goodImages,
                                               const PatchConfig& config);

/// The square 8-bit grey crop of `image` around `box`: the box's centre, side = its larger side times
/// `context` (at least 8 px), extended by border replication where it leaves the image, resized to
/// size x size (px). The crop ConvModel::classify() expects.
[[nodiscard]] Image cropForBox(const Image& image, const inspection::Box& box, int size,
                               double context = 1.5);

/// cropForBox() of each box as a tensor [boxes, 1, size, size] of grey values in [0, 1], for
/// trainDefectClassifier(). A BadInput error for an empty image, a Usage error for size < 1.
[[nodiscard]] Result<ml::Tensor> cropsForBoxes(const Image& image, const std::vector<inspection::Box>& boxes,
                                               int size, double context = 1.5);

} // namespace lupa::vision
