// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once
// Synthetic boards and conversions between cv::Mat and lupa::vision::Image for the pipeline tests.

#include <lupa/vision/Image.hpp>

#include <opencv2/core.hpp>

#include <cstdint>

namespace lupa::vision::test {

/// A copy of `mat` (8U, 16U or 32F; 1 or 3 channels) as an Image.
[[nodiscard]] Image toImage(const cv::Mat& mat);

/// A copy of `image` as a cv::Mat.
[[nodiscard]] cv::Mat toMat(const Image& image);

/// A fake printed circuit board, 8-bit grey: dark substrate with bright traces, pads and vias drawn with
/// anti-aliasing at random (seeded) places, inside a margin of `margin` px.
[[nodiscard]] cv::Mat syntheticBoard(int width, int height, std::uint64_t seed, int margin = 0);

/// `image` warped by `transform` (source -> destination pixel coordinates), same size, black outside.
[[nodiscard]] cv::Mat warped(const cv::Mat& image, const cv::Matx33d& transform);

/// Rotation by `degrees` and scaling by `scale` about the centre of a `width` × `height` image.
[[nodiscard]] cv::Matx33d rotationAboutCentre(int width, int height, double degrees, double scale);

} // namespace lupa::vision::test
