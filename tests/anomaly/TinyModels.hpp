// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

// Hand-made model files for the dense engine's tests: no libtorch, weights chosen by the test.

#include "ml/WeightsCodec.hpp"

#include <lupa/core/anomaly/Scoring.hpp>
#include <lupa/core/ml/DenseAutoencoder.hpp>
#include <lupa/core/ml/DenseModel.hpp>
#include <lupa/core/ml/Mlp.hpp>
#include <lupa/core/ml/ModelFileFormat.hpp>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lupa::test {

/// Weights and biases of one Linear layer, row-major outputs x inputs.
struct TinyLayer {
    std::vector<float> weights;
    std::vector<float> biases;
};

/// Encodes `layers` under torch::nn::Sequential's names for a stack whose activations sit between
/// layers: module indices 0, 2, 4, ... (the last layer has no activation after it).
inline std::string tinyWeights(const std::vector<TinyLayer>& layers, const std::vector<std::int64_t>& sizes) {
    std::vector<ml::detail::NamedValues> tensors;
    for (std::size_t k = 0; k < layers.size(); ++k) {
        tensors.push_back({fmt::format("{}.weight", 2 * k), {sizes[k + 1], sizes[k]}, layers[k].weights});
        tensors.push_back({fmt::format("{}.bias", 2 * k), {sizes[k + 1]}, layers[k].biases});
    }
    return ml::detail::encodeWeights(tensors);
}

/// A 2-3-1 ReLU MLP with the given weights, as a dense model.
inline ml::DenseModel tinyMlp(const std::vector<TinyLayer>& layers, bool sigmoid = false) {
    ml::MlpParams params;
    params.layerSizes = {2, 3, 1};
    params.sigmoidOutput = sigmoid;
    ml::ModelFileContent content{params.toSpec(), {}, tinyWeights(layers, params.layerSizes)};
    auto model = ml::DenseModel::fromContent(content, "tiny.lupa");
    EXPECT_TRUE(model.ok()) << model.error().message;
    return std::move(*model);
}

/// An autoencoder 2 -> 1 -> 2 (linear latent) that reconstructs (a, b) as (a, a): the score of an
/// event is the squared error of its second feature, halved.
inline ml::DenseModel copyFirstFeatureAutoencoder(const std::vector<std::string>& columns, bool mask,
                                                  bool logPt) {
    ml::DenseAutoencoderParams params;
    params.inputSize = 2;
    params.latentSize = 1;
    const std::vector<TinyLayer> layers{{{1.0F, 0.0F}, {0.0F}}, {{1.0F, 1.0F}, {0.0F, 0.0F}}};
    // Encoder 2->1 is module 0; decoder 1->2 is module 1 (no activation between: both are "last").
    std::vector<ml::detail::NamedValues> tensors{{"0.weight", {1, 2}, layers[0].weights},
                                                 {"0.bias", {1}, layers[0].biases},
                                                 {"1.weight", {2, 1}, layers[1].weights},
                                                 {"1.bias", {2}, layers[1].biases}};
    anomaly::AnomalyModelInfo info;
    info.columns = columns;
    info.maskPaddedObjects = mask;
    info.logPt = logPt;
    ml::ModelMetadata metadata;
    metadata.kind = anomaly::kAnomalyModelKind;
    metadata.extra["anomaly"] = info.toJson();
    ml::ModelFileContent content{params.toSpec(), metadata, ml::detail::encodeWeights(tensors)};
    auto model = ml::DenseModel::fromContent(content, "copy.lupa");
    EXPECT_TRUE(model.ok()) << model.error().message;
    return std::move(*model);
}

} // namespace lupa::test
