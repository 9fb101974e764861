// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once
// vision's private engine for the convolutional networks of ConvModel (never a public header).

#include <lupa/core/ml/ConvLayers.hpp>

#include <vector>

namespace lupa::vision::detail {

/// A stack of 2D feature planes, channel-major: values[(c * height + y) * width + x].
struct FeatureMap {
    int channels = 0;
    int height = 0; ///< rows (px of this level)
    int width = 0;  ///< columns
    std::vector<float> values;

    [[nodiscard]] static FeatureMap zeros(int channels, int height, int width);
    [[nodiscard]] float* plane(int channel) {
        return values.data() + static_cast<std::size_t>(channel) * height * width;
    }
    [[nodiscard]] const float* plane(int channel) const {
        return values.data() + static_cast<std::size_t>(channel) * height * width;
    }
};

/// Runs every layer of `network` on `input` (one sample; the caller has checked its channels and
/// sides) and returns the output: a feature map, or for classifiers a 1 x 1 x K map of logits.
/// A nearest upsampling followed by a 3x3 convolution runs fused, as four 2x2 convolutions at the low
/// resolution (4 instead of 9 multiply-adds per output); a ReLU after a convolution runs inside it.
/// Convolutions run over row stripes in parallel (cv::parallel_for_), each as im2col + a small GEMM.
[[nodiscard]] FeatureMap runConvNetwork(const ml::ConvNetwork& network, FeatureMap input);

} // namespace lupa::vision::detail
