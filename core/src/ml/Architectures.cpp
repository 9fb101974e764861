// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ml/Architectures.hpp"

#include <lupa/core/ml/DenseAutoencoder.hpp>
#include <lupa/core/ml/Mlp.hpp>

#include <fmt/format.h>

#include <ATen/CPUGeneratorImpl.h>
#include <cmath>

namespace lupa::ml::detail {
namespace {

void addActivation(torch::nn::Sequential& sequential, Activation activation) {
    switch (activation) {
    case Activation::Relu:
        sequential->push_back(torch::nn::ReLU());
        return;
    case Activation::Tanh:
        sequential->push_back(torch::nn::Tanh());
        return;
    case Activation::LeakyRelu:
        sequential->push_back(torch::nn::LeakyReLU(torch::nn::LeakyReLUOptions().negative_slope(0.01)));
        return;
    }
}

// Linear layers through `sizes`, with `activation` after each one except the last when !activateLast.
torch::nn::Sequential denseStack(const std::vector<std::int64_t>& sizes, Activation activation,
                                 bool activateLast) {
    torch::nn::Sequential stack;
    for (std::size_t i = 1; i < sizes.size(); ++i) {
        stack->push_back(torch::nn::Linear(sizes[i - 1], sizes[i]));
        if (i + 1 < sizes.size() || activateLast)
            addActivation(stack, activation);
    }
    return stack;
}

Result<BuiltModule> buildMlp(const NetworkSpec& spec) {
    auto params = MlpParams::fromSpec(spec);
    if (!params)
        return std::move(params).error();
    BuiltModule built;
    built.module = denseStack(params->layerSizes, params->activation, false);
    if (params->sigmoidOutput)
        built.module->push_back(torch::nn::Sigmoid());
    built.probabilityOutput = params->sigmoidOutput;
    built.inputShape = {params->layerSizes.front()};
    return built;
}

Result<BuiltModule> buildDenseAutoencoder(const NetworkSpec& spec) {
    auto params = DenseAutoencoderParams::fromSpec(spec);
    if (!params)
        return std::move(params).error();
    std::vector<std::int64_t> sizes{params->inputSize};
    sizes.insert(sizes.end(), params->encoderSizes.begin(), params->encoderSizes.end());
    sizes.push_back(params->latentSize);
    // One flat stack (libtorch cannot nest Sequentials): the encoder is its first encoderDepth modules.
    BuiltModule built;
    built.module = denseStack(sizes, params->activation, false);
    built.encoderDepth = built.module->size();
    built.module->extend(*denseStack({sizes.rbegin(), sizes.rend()}, params->activation, false));
    if (params->sigmoidOutput)
        built.module->push_back(torch::nn::Sigmoid());
    built.probabilityOutput = params->sigmoidOutput;
    built.inputShape = {params->inputSize};
    return built;
}

} // namespace

Result<BuiltModule> buildModule(const NetworkSpec& spec) {
    if (spec.kind == kinds::kMlp)
        return buildMlp(spec);
    if (spec.kind == kinds::kDenseAutoencoder)
        return buildDenseAutoencoder(spec);
    return Error::badInput(fmt::format("unknown network kind '{}' (expected {} or {})", spec.kind,
                                       kinds::kMlp, kinds::kDenseAutoencoder));
}

void initialiseWeights(torch::nn::Module& module, std::uint64_t seed) {
    torch::NoGradGuard noGrad;
    auto generator = at::detail::createCPUGenerator(seed);
    for (const auto& child : module.modules(/*include_self=*/true)) {
        auto parameters = child->named_parameters(/*recurse=*/false);
        auto* weight = parameters.find("weight");
        if (weight == nullptr || weight->dim() < 2)
            continue; // normalisation layers keep their ones and zeros
        const double fanIn = static_cast<double>(weight->numel() / weight->size(0));
        const double bound = 1.0 / std::sqrt(fanIn);
        weight->uniform_(-bound, bound, generator);
        if (auto* bias = parameters.find("bias"); bias != nullptr && bias->defined())
            bias->uniform_(-bound, bound, generator);
    }
}

} // namespace lupa::ml::detail
