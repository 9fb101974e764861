// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/core/ml/ModelFileFormat.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace lupa::ml {

/// One step of a convolutional network ("conv_autoencoder" or "cnn_classifier") as an inference engine
/// without libtorch runs it; the steps are those of the libtorch network, in order.
enum class ConvStep {
    Conv3x3,       ///< 3x3 convolution, padding 1, `stride` 1 or 2; weights (out, in, 3, 3), biases (out)
    Relu,          ///< max(0, x)
    MaxPool2,      ///< 2x2 max pooling, stride 2 (odd sides are floored)
    Upsample2,     ///< nearest-neighbour upsampling x2
    Sigmoid,       ///< 1 / (1 + exp(-x))
    GlobalAvgPool, ///< mean over each channel's pixels: (C, H, W) -> (C)
    Linear,        ///< fully connected; weights (out, in) row-major, biases (out)
};

/// One step and, for Conv3x3 and Linear, its weights.
struct ConvLayer {
    ConvStep step = ConvStep::Relu;
    std::int64_t inChannels = 0;  ///< input channels (Conv3x3) or features (Linear)
    std::int64_t outChannels = 0; ///< output channels or features
    int stride = 1;               ///< Conv3x3 only
    std::vector<float> weights;   ///< as libtorch stores them (row-major)
    std::vector<float> biases;    ///< outChannels values
};

/// A convolutional network read from a model file, with its weights, for inference engines.
struct ConvNetwork {
    std::string kind;                     ///< the network kind (lupa::ml::kinds)
    std::vector<std::int64_t> inputShape; ///< one training sample: (1, side, side)
    std::int64_t sizeMultiple = 1;        ///< input sides must be multiples of this (px); 1 = any
    std::vector<ConvLayer> layers;        ///< in order
};

/// The steps of a "conv_autoencoder" or "cnn_classifier" spec with empty weights; a BadInput error for
/// other kinds or invalid parameters.
[[nodiscard]] Result<ConvNetwork> convNetworkOf(const NetworkSpec& spec);

/// The network of a parsed model file with its weights, checked against the spec (names, shapes,
/// finite values). Every error is BadInput and names `fileName`.
[[nodiscard]] Result<ConvNetwork> convNetworkFromContent(const ModelFileContent& content,
                                                         const std::string& fileName);

} // namespace lupa::ml
