// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ml/Architectures.hpp"

#include <lupa/core/ml/ConvAutoencoder.hpp>
#include <lupa/core/ml/ConvLayers.hpp>
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
    // One flat stack (libtorch cannot nest Sequentials): the encoder is its first encoderDepth modules.
    BuiltModule built;
    built.module = denseStack(params->encoderWidths(), params->activation, false);
    built.encoderDepth = built.module->size();
    if (params->variational)
        built.module->push_back(Reparameterise(params->latentSize, params->inputSize, params->beta));
    built.module->extend(*denseStack(params->decoderWidths(), params->activation, false));
    if (params->sigmoidOutput)
        built.module->push_back(torch::nn::Sigmoid());
    built.probabilityOutput = params->sigmoidOutput;
    built.inputShape = {params->inputSize};
    return built;
}

// The libtorch modules of a convolutional network's steps (see ConvLayers.hpp, which also names the
// weights the inference engine reads: keep the two in step).
void appendConvSteps(torch::nn::Sequential& sequential, const std::vector<ConvLayer>& layers) {
    namespace nn = torch::nn;
    for (const auto& layer : layers) {
        switch (layer.step) {
        case ConvStep::Conv3x3:
            sequential->push_back(nn::Conv2d(
                nn::Conv2dOptions(layer.inChannels, layer.outChannels, 3).stride(layer.stride).padding(1)));
            break;
        case ConvStep::Relu:
            sequential->push_back(nn::ReLU());
            break;
        case ConvStep::MaxPool2:
            sequential->push_back(nn::MaxPool2d(nn::MaxPool2dOptions(2)));
            break;
        case ConvStep::Upsample2:
            sequential->push_back(nn::Upsample(
                nn::UpsampleOptions().scale_factor(std::vector<double>{2.0, 2.0}).mode(torch::kNearest)));
            break;
        case ConvStep::Sigmoid:
            sequential->push_back(nn::Sigmoid());
            break;
        case ConvStep::GlobalAvgPool:
            sequential->push_back(nn::AdaptiveAvgPool2d(nn::AdaptiveAvgPool2dOptions({1, 1})));
            sequential->push_back(nn::Flatten());
            break;
        case ConvStep::Linear:
            sequential->push_back(nn::Linear(layer.inChannels, layer.outChannels));
            break;
        }
    }
}

Result<BuiltModule> buildConvNetwork(const NetworkSpec& spec) {
    auto network = convNetworkOf(spec);
    if (!network)
        return std::move(network).error();
    BuiltModule built;
    built.module = torch::nn::Sequential();
    appendConvSteps(built.module, network->layers);
    built.inputShape = network->inputShape;
    if (spec.kind == kinds::kConvAutoencoder) { // the encoder: a convolution and a ReLU per level
        built.encoderDepth = 2 * ConvAutoencoderParams::fromSpec(spec)->channels.size();
        built.probabilityOutput = true;
    }
    return built;
}

} // namespace

ReparameteriseImpl::ReparameteriseImpl(std::int64_t latentSize, std::int64_t inputSize, double beta)
    : m_latent(latentSize)
    , m_scale(beta / static_cast<double>(inputSize))
    , m_generator(at::detail::createCPUGenerator(0)) {}

void ReparameteriseImpl::seed(std::uint64_t seed) {
    m_generator = at::detail::createCPUGenerator(seed);
}

torch::Tensor ReparameteriseImpl::forward(const torch::Tensor& input) {
    const auto mean = input.narrow(1, 0, m_latent);
    const auto logVariance = input.narrow(1, m_latent, m_latent).clamp(-30.0, 30.0);
    const auto kl = 0.5 * (mean.pow(2) + logVariance.exp() - 1.0 - logVariance).sum(1);
    m_penalty = kl.mean() * m_scale;
    if (!is_training())
        return mean;
    const auto noise = torch::randn(mean.sizes(), m_generator, mean.options());
    return mean + noise * (0.5 * logVariance).exp();
}

std::vector<std::shared_ptr<ReparameteriseImpl>> samplingSteps(const torch::nn::Module& module) {
    std::vector<std::shared_ptr<ReparameteriseImpl>> steps;
    for (const auto& child : module.modules(/*include_self=*/false))
        if (auto step = std::dynamic_pointer_cast<ReparameteriseImpl>(child))
            steps.push_back(step);
    return steps;
}

Result<BuiltModule> buildModule(const NetworkSpec& spec) {
    if (spec.kind == kinds::kMlp)
        return buildMlp(spec);
    if (spec.kind == kinds::kDenseAutoencoder)
        return buildDenseAutoencoder(spec);
    if (spec.kind == kinds::kConvAutoencoder || spec.kind == kinds::kCnnClassifier)
        return buildConvNetwork(spec);
    return Error::badInput(fmt::format("unknown network kind '{}' (expected {}, {}, {} or {})", spec.kind,
                                       kinds::kMlp, kinds::kDenseAutoencoder, kinds::kConvAutoencoder,
                                       kinds::kCnnClassifier));
}

void initialiseWeights(torch::nn::Module& module, std::uint64_t seed) {
    torch::NoGradGuard noGrad;
    auto generator = at::detail::createCPUGenerator(seed);
    for (const auto& step : samplingSteps(module))
        step->seed(seed ^ 0x5DEECE66DULL);
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
