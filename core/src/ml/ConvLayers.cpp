// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ml/WeightsCodec.hpp"

#include <lupa/core/ml/CnnClassifier.hpp>
#include <lupa/core/ml/ConvAutoencoder.hpp>
#include <lupa/core/ml/ConvLayers.hpp>

#include <fmt/format.h>

namespace lupa::ml {
namespace {

void addConv(ConvNetwork& network, std::int64_t in, std::int64_t out, int stride) {
    network.layers.push_back({ConvStep::Conv3x3, in, out, stride, {}, {}});
}

void addStep(ConvNetwork& network, ConvStep step) {
    network.layers.push_back({step, 0, 0, 1, {}, {}});
}

ConvNetwork autoencoderSteps(const ConvAutoencoderParams& params) {
    ConvNetwork network;
    network.kind = kinds::kConvAutoencoder;
    network.inputShape = {1, params.patchSize, params.patchSize};
    network.sizeMultiple = params.strideProduct();
    const auto& channels = params.channels;
    std::int64_t previous = 1;
    for (const auto width : channels) {
        addConv(network, previous, width, 2);
        addStep(network, ConvStep::Relu);
        previous = width;
    }
    for (std::size_t level = channels.size(); level-- > 0;) {
        addStep(network, ConvStep::Upsample2);
        addConv(network, channels[level], channels[level > 0 ? level - 1 : 0], 1);
        addStep(network, ConvStep::Relu);
    }
    addConv(network, channels.front(), 1, 1);
    addStep(network, ConvStep::Sigmoid);
    return network;
}

ConvNetwork classifierSteps(const CnnClassifierParams& params) {
    ConvNetwork network;
    network.kind = kinds::kCnnClassifier;
    network.inputShape = {1, params.cropSize, params.cropSize};
    std::int64_t previous = 1;
    for (const auto width : params.channels) {
        addConv(network, previous, width, 1);
        addStep(network, ConvStep::Relu);
        addStep(network, ConvStep::MaxPool2);
        previous = width;
    }
    addStep(network, ConvStep::GlobalAvgPool);
    network.layers.push_back({ConvStep::Linear, previous, params.classCount, 1, {}, {}});
    return network;
}

// The weights and biases the network's libtorch twin stores, with torch::nn::Sequential's names
// (the global average pool is two modules there: the pool and a flatten).
std::vector<detail::NamedValues> expectedTensors(const ConvNetwork& network) {
    std::vector<detail::NamedValues> expected;
    std::int64_t index = 0;
    for (const auto& layer : network.layers) {
        if (layer.step == ConvStep::Conv3x3 || layer.step == ConvStep::Linear) {
            std::vector<std::int64_t> shape{layer.outChannels, layer.inChannels};
            if (layer.step == ConvStep::Conv3x3)
                shape.insert(shape.end(), {3, 3});
            expected.push_back({fmt::format("{}.weight", index), shape, {}});
            expected.push_back({fmt::format("{}.bias", index), {layer.outChannels}, {}});
        }
        index += layer.step == ConvStep::GlobalAvgPool ? 2 : 1;
    }
    return expected;
}

} // namespace

Result<ConvNetwork> convNetworkOf(const NetworkSpec& spec) {
    if (spec.kind == kinds::kConvAutoencoder) {
        auto params = ConvAutoencoderParams::fromSpec(spec);
        if (!params)
            return std::move(params).error();
        return autoencoderSteps(*params);
    }
    if (spec.kind == kinds::kCnnClassifier) {
        auto params = CnnClassifierParams::fromSpec(spec);
        if (!params)
            return std::move(params).error();
        return classifierSteps(*params);
    }
    return Error::badInput(fmt::format("the convolutional engine runs '{}' and '{}' networks, not '{}'",
                                       kinds::kConvAutoencoder, kinds::kCnnClassifier, spec.kind));
}

Result<ConvNetwork> convNetworkFromContent(const ModelFileContent& content, const std::string& fileName) {
    auto network = convNetworkOf(content.spec);
    if (!network)
        return Error::badInput(network.error().message, fileName);
    auto decoded = detail::decodeWeights(content.weights, expectedTensors(*network));
    if (!decoded)
        return Error::badInput(fmt::format("the weights do not fit network '{}': {}", content.spec.kind,
                                           decoded.error().message),
                               fileName);
    auto tensor = decoded->begin();
    for (auto& layer : network->layers) {
        if (layer.step != ConvStep::Conv3x3 && layer.step != ConvStep::Linear)
            continue;
        layer.weights = std::move((tensor++)->values);
        layer.biases = std::move((tensor++)->values);
    }
    return network;
}

} // namespace lupa::ml
